import Foundation
import QiyueCLI

// The executable only dispatches; all logic lives in QiyueCLI so tests can run it in-process.
ProcessMemory.keepFreedBlocksForReuse()
exit(CommandLineTool().run(Array(CommandLine.arguments.dropFirst()), context: .standard()))
