import QiyueCore
import QiyueReview

/// Reviews the inputs of one `qiyue review` run on several threads and collects what the
/// report needs, in input order whatever the threads do.
///
/// Text and JSON reports are written file by file on the reviewing threads, so only writing
/// them out is left to the calling one (rendering one big report there capped what a second
/// core could give). JSON and JSON Lines parts go to the sink as soon as they are next in
/// order, while the other threads go on reviewing, and a stream of thousands of files keeps
/// only a few in memory.
struct ReviewBatch {
    let format: ReviewOutputFormat
    let json: JSONReporter
    let text: TextReporter

    struct Result {
        /// Whole reviews, for the formats rendered at the end (SARIF, the opinion), and the
        /// unreadable files of the others (their messages go to standard error).
        var files: [FileReview] = []
        /// The rendered parts of a text report, in input order.
        var parts: [String] = []
        var tally = ReviewTally()
        /// How many parts went straight to the sink (JSON and JSON Lines stream).
        var streamed = 0
    }

    func run(_ inputs: [ReviewInputCollector.Input], reader: ReviewFileReader, jobs: Int, sink: ReportSink, progress: ReviewProgress?) -> Result {
        let format = format, json = json, text = text
        let render: @Sendable (FileReview) -> String? = { review in
            switch format {
            case .text: return text.render(review)
            case .json: return json.render(review)
            case .jsonl: return json.line(review)
            case .sarif, .html, .docx: return nil
            }
        }
        var result = Result()
        if format == .json { sink.write(json.opening(toolVersion: QiyueVersion.current)) }
        OrderedParallelMap.run(count: inputs.count, jobs: jobs, transform: { index -> (FileReview, Int, String?) in
            let (review, bytes) = reader.review(inputs[index])
            return (review, bytes, render(review))
        }, consume: { _, reviewed in
            let (review, bytes, part) = reviewed
            progress?.advance(bytes: bytes)
            result.tally.add(review)
            guard let part else { result.files.append(review); return }
            switch format {
            case .jsonl: sink.write(part)
            case .json: sink.write(json.separator(before: result.streamed) + part)
            default: result.parts.append(part)
            }
            result.streamed += 1
            if review.error != nil {
                result.files.append(FileReview(path: review.path, error: review.error, errorLine: review.errorLine, errorColumn: review.errorColumn))
            }
        })
        progress?.finish()
        return result
    }
}
