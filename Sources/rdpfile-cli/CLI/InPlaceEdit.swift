import RDPFile

/// Reads one file, applies an edit to its document, and writes the result back atomically when
/// it changed, refusing to silently break a signature.
struct InPlaceEdit {
  var path: String
  var options: WriteOptions
  var context: CommandContext

  func run(_ edit: (inout RDPDocument) throws(RDPFileError) -> [String]) -> ExitCode {
    let display = TextEscaper.escape(path)
    do throws(RDPFileError) {
      let snapshot = try FileInput(context: context, limit: options.maxSize).read(path)
      let original = RDPDocument(bytes: snapshot.bytes)
      var document = original
      let messages = try edit(&document)
      var notes: [String] = []
      if document != original, let signature = SignatureGuard(original: original, edited: document).verdict {
        guard options.stripSignature else {
          context.error("\(display): \(signature); not changed (use --strip-signature to remove the signature and edit)")
          return .failure
        }
        document = SignatureGuard.strip(document)
        notes.append("removed signscope and signature: the file is no longer signed")
      }
      for message in messages + notes { context.output.line("\(display): \(message)") }
      guard document != original else { return .success }
      if options.dryRun {
        context.output.line("\(display): dry run, not written")
        return .success
      }
      do {
        try AtomicFileWriter(operations: context.fileOperations)
          .replace(snapshot, with: document.serialized(), backupSuffix: options.backupSuffix)
      } catch {
        throw error.naming(path)
      }
      return .success
    } catch {
      context.error(error.description)
      return .failure
    }
  }
}
