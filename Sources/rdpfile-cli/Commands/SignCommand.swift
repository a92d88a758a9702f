import RDPFile

/// `rdpfile sign`: sign files the way rdpsign.exe does, through OpenSSL.
struct SignCommand: Command {
  static let name = "sign"
  static let summary = "Sign files (signscope + signature, as rdpsign.exe does) with a certificate, through openssl."
  static let usage =
    "rdpfile sign PATH... (--cert CERT --key KEY | --pkcs12 FILE) [--chain FILE] [--password-file FILE | --password-env NAME] [--dry-run|--diff]"
  static let help = """
    Signs every file: the settings signing covers (full address, alternate full address, server
    port, gateway, security and redirection settings, …) that the file has go into signscope, in
    the order rdpsign.exe uses, and signscope and signature become the last two lines, in the
    file's own encoding and line endings. An old signature is replaced. A file with full address
    but no alternate full address first gets one with the same value, so that nobody can add an
    unsigned alternate address later (clients prefer it). A file where a signed setting appears
    twice is refused.

    The cryptography is OpenSSL's (a detached CMS signature without signed attributes). Key
    and password never appear on a command line, in output or in temporary files; a wrong
    password or a key that does not belong to the certificate is reported before any file is
    touched. Files are written atomically, as fix writes them.

    \(SigningOptions.help)

    \(BatchRewrite.help)

    exit status: 0 signed (or already signed the same way), 2 some file failed or could not be
    signed, 64 usage error. Check the result with 'rdpfile verify'.
    """

  var paths: [String] = []
  var signing = SigningOptions()
  var batch = BatchRewrite()

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    while let argument = scanner.next() {
      if try signing.consume(argument, from: &scanner) { continue }
      if try batch.consume(argument, from: &scanner) { continue }
      switch argument {
      case .option(let name, _): throw UsageError("unknown option '\(name)'")
      case .positional(let path): paths.append(path)
      }
    }
    guard !paths.isEmpty else { throw UsageError("expects at least one PATH (a file or a folder)") }
    guard !paths.contains("-") else {
      throw UsageError("sign rewrites files in place; standard input is not supported")
    }
    try signing.validate()
  }

  func run(in context: CommandContext) -> ExitCode {
    let signer: DocumentSigner
    do throws(SigningError) {
      signer = try signing.signer(in: context)
    } catch {
      context.error("cannot sign: \(error)")
      return .failure
    }
    return batch.run(
      RewritePlan(signer: signer, signEveryFile: true), on: paths, resolver: StaticResolver(), in: context)
  }
}
