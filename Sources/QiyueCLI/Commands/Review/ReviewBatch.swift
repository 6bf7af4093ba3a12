import QiyueCore
import QiyueReview

/// Reviews the inputs of one `qiyue review` run on several threads and collects what the
/// report needs, in input order whatever the threads do.
///
/// Text and JSON reports are written file by file on the reviewing threads, so only writing
/// them out is left to the calling one (rendering one big report there capped what a second
/// core could give). Each part goes to the sink as soon as it is next in order, while the
/// other threads go on reviewing, so a stream of thousands of files keeps only a few in memory.
struct ReviewBatch {
    let format: ReviewOutputFormat
    let json: JSONReporter
    let text: TextReporter
    /// Writes the message of an unreadable file (text reports give it on standard error as
    /// the file comes, in order).
    let errors: TextReporter
    let writeErr: (String) -> Void

    struct Result {
        /// Whole reviews, for the formats rendered at the end (SARIF, the opinion).
        var files: [FileReview] = []
        var tally = ReviewTally()
        /// How many parts went to the sink.
        var streamed = 0
    }

    func run(_ inputs: [ReviewInputCollector.Input], reader: ReviewFileReader, jobs: Int, sink: ReportSink, progress: ReviewProgress?) -> Result {
        let render = renderer
        var result = Result()
        if format == .json { sink.write(json.opening(toolVersion: QiyueVersion.current)) }
        OrderedParallelMap.run(count: inputs.count, jobs: jobs, transform: { index -> (FileReview, Int, [UInt8]?) in
            let (review, bytes) = reader.review(inputs[index])
            return (review, bytes, render(review))
        }, consume: { _, reviewed in
            let (review, bytes, part) = reviewed
            progress?.advance(bytes: bytes)
            emit(review, part: part, into: &result, sink: sink, progress: progress)
        })
        progress?.finish()
        return result
    }

    /// Reports one review made elsewhere (the file reviewed for `--annotate`) exactly as a
    /// batch of one would be.
    func run(single review: FileReview, sink: ReportSink) -> Result {
        var result = Result()
        if format == .json { sink.write(json.opening(toolVersion: QiyueVersion.current)) }
        emit(review, part: renderer(review), into: &result, sink: sink, progress: nil)
        return result
    }

    /// Renders a review on the reviewing thread: text and JSON parts stream, the rest are kept.
    /// Parts are UTF-8 bytes, as the JSON writer makes them, so they are written out without
    /// being read back as text.
    private var renderer: @Sendable (FileReview) -> [UInt8]? {
        let format = format, json = json, text = text
        return { review in
            switch format {
            case .text: return Array(text.render(review).utf8)
            case .json: return json.renderedBytes(review)
            case .jsonl: return json.lineBytes(review)
            case .sarif, .html, .docx: return nil
            }
        }
    }

    /// Every format also names an unreadable file on standard error, after its part: a run
    /// that exits 2 says why where a person or a CI log looks, not only inside the report.
    private func emit(_ review: FileReview, part: [UInt8]?, into result: inout Result, sink: ReportSink, progress: ReviewProgress?) {
        result.tally.add(review)
        defer { if let message = errors.error(review) { progress?.interrupt(); writeErr(message) } }
        guard let part else { result.files.append(review); return }
        switch format {
        case .jsonl: sink.write(part)
        case .json:
            sink.write(json.separator(before: result.streamed))
            sink.write(part)
        default:
            // The progress line shares the terminal with a report on standard output.
            if sink.isStandardOutput, !part.isEmpty { progress?.interrupt() }
            sink.write(part)
        }
        result.streamed += 1
    }
}
