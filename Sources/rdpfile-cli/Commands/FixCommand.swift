import RDPFile

/// `rdpfile fix`: apply lint fixes or explicit workarounds to files and folders, safely.
struct FixCommand: Command {
  static let name = "fix"
  static let summary = "Apply fixes or workarounds (--use-ip, --disable-nla, ...) to files and folders, atomically."
  static let usage =
    "rdpfile fix PATH... [--use-ip] [--disable-nla] [--auth-level N] [--set K:T:V] [--unset KEY] [--secure-defaults] [--unsafe-fixes] [--dry-run|--diff|--check]"
  static let help = """
    Without action flags, applies the safe fixes the linter offers (--unsafe-fixes adds the
    unsafe ones; --select/--ignore choose rules as in lint). With action flags, makes those
    changes instead (add --select or --unsafe-fixes to apply lint fixes as well):

      --use-ip             replace the host in full address and alternate full address with its
                           IP address, keeping the port (IPv6 in brackets); gateway names stay
      --resolve HOST=ADDR  use ADDR for HOST (repeatable); --hosts FILE reads hosts-file lines
      --offline            resolve only through --resolve/--hosts, never the system resolver
      --ipv4, --ipv6       resolve to this address family only
      --disable-nla        enablecredsspsupport:i:0
      --auth-level N       authentication level:i:N (0-3)
      --set KEY:TYPE:VALUE set a setting (repeatable); --unset KEY removes one (repeatable);
                           unknown keys, wrong type letters and values outside the documented
                           range are refused unless --force
      --secure-defaults    undo the usual downgrades: CredSSP on, authentication level 0 -> 2,
                           negotiation on

    Unsafe changes print what they cost, once per run. A host that does not resolve is an error
    for that file, which stays untouched.

    Signed files are refused when a change would touch them, unless --strip-signature, which
    removes signscope and signature and says so.

    --resign signs files that were signed again after changing them, in the same atomic write,
    instead of refusing them (it needs the signing options below; see 'rdpfile help sign').

    \(BatchRewrite.help)

    \(SigningOptions.help)

    exit status: 0 done or nothing to do, 1 --check found changes, 2 some file failed, was
    refused or was not processed, 64 usage error.
    """

  var paths: [String] = []
  var workarounds: [Workaround] = []
  var selection = RuleSelection()
  var selectionGiven = false
  var unsafeFixes = false
  var stripSignature = false
  var resign = false
  var signing = SigningOptions()
  var batch = BatchRewrite()
  var resolveTable = StaticResolver()
  var hasResolveTable = false
  var offline = false
  var family = AddressFamily.any

  init(arguments: [String]) throws(UsageError) {
    var scanner = ArgumentScanner(arguments)
    var useIP = false
    var setTexts: [String] = []
    var unsetKeys: [String] = []
    var force = false
    while let argument = scanner.next() {
      if try LintOptions.consume(argument, from: &scanner, selection: &selection) {
        selectionGiven = true
        continue
      }
      if try batch.consume(argument, from: &scanner) { continue }
      if try signing.consume(argument, from: &scanner) { continue }
      switch argument {
      case .option("--use-ip", nil): useIP = true
      case .option("--resolve", let inline):
        let entry = try scanner.value(of: "--resolve", inline: inline)
        let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, AddressFamily.any.admits(parts[1]) else {
          throw UsageError(
            "--resolve takes HOST=ADDRESS with an IPv4 or IPv6 address (no zone), not '\(TextEscaper.escape(entry))'")
        }
        resolveTable.add(parts[1], for: parts[0])
        hasResolveTable = true
      case .option("--hosts", let inline):
        let path = try scanner.value(of: "--hosts", inline: inline)
        let bytes: [UInt8]
        do {
          bytes = try FileReader(limit: 1 << 24).read(path: path).bytes
        } catch {
          throw UsageError("--hosts: \(error.description)")
        }
        let bad = resolveTable.addHostsFile(String(decoding: bytes, as: UTF8.self))
        guard bad.isEmpty else {
          throw UsageError(
            "--hosts: \(TextEscaper.escape(path)): line \(bad[0]) is not 'ADDRESS NAME...' with an IP address (no zone)"
          )
        }
        hasResolveTable = true
      case .option("--offline", nil): offline = true
      case .option("--ipv4", nil), .option("-4", nil): family = .ipv4
      case .option("--ipv6", nil), .option("-6", nil): family = .ipv6
      case .option("--disable-nla", nil): workarounds.append(.disableNLA)
      case .option("--auth-level", let inline):
        workarounds.append(.authenticationLevel(try scanner.integer(of: "--auth-level", inline: inline, in: 0...3)))
      case .option("--set", let inline): setTexts.append(try scanner.value(of: "--set", inline: inline))
      case .option("--unset", let inline): unsetKeys.append(try scanner.value(of: "--unset", inline: inline))
      case .option("--force", nil): force = true
      case .option("--secure-defaults", nil): workarounds.append(.secureDefaults)
      case .option("--unsafe-fixes", nil): unsafeFixes = true
      case .option("--strip-signature", nil): stripSignature = true
      case .option("--resign", nil): resign = true
      case .option(let name, _): throw UsageError("unknown option '\(name)'")
      case .positional(let path): paths.append(path)
      }
    }
    for text in setTexts { workarounds.append(.set(try SettingArgument.parse(text, option: "--set", force: force))) }
    for key in unsetKeys {
      try SettingArgument.check(SettingRequest.problems(unsetting: key), option: "--unset", force: force)
      workarounds.append(.unset(key))
    }
    if useIP { workarounds.insert(.useIPAddress(family), at: 0) }
    if let (first, second, key) = Workaround.conflict(in: workarounds) {
      throw UsageError("\(first.optionName) and \(second.optionName) both change '\(key)'; give one of them")
    }
    guard !paths.isEmpty else { throw UsageError("expects at least one PATH (a file or a folder)") }
    guard !paths.contains("-") else {
      throw UsageError("fix rewrites files in place; standard input is not supported (use lint or show)")
    }
    if (hasResolveTable || offline || family != .any) && !useIP {
      throw UsageError("--resolve, --hosts, --offline, --ipv4 and --ipv6 only make sense with --use-ip")
    }
    if resign {
      try signing.validate()
    } else if signing.isGiven {
      throw UsageError("--cert, --key and --pkcs12 are for --resign (or 'rdpfile sign')")
    }
  }

  /// The plan for every file, signing with `signer` when re-signing.
  func plan(signer: DocumentSigner? = nil) -> RewritePlan {
    let lintFixes = workarounds.isEmpty || selectionGiven || unsafeFixes
    return RewritePlan(
      workarounds: workarounds, fixer: lintFixes ? Fixer(selection: selection, allowUnsafe: unsafeFixes) : nil,
      stripSignature: stripSignature, signer: signer)
  }

  func run(in context: CommandContext) -> ExitCode {
    let resolver: any HostResolver = CachingResolver(
      hasResolveTable || offline
        ? LayeredResolver(table: resolveTable, fallback: offline ? nil : context.resolver) : context.resolver)
    var signer: DocumentSigner?
    if resign {
      do throws(SigningError) {
        signer = try signing.signer(in: context)
      } catch {
        context.error("cannot sign: \(error)")
        return .failure
      }
    }
    return batch.run(plan(signer: signer), on: paths, resolver: resolver, in: context)
  }
}
