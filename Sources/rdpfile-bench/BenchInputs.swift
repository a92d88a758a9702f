import RDPFile

/// The benchmark inputs. The mstsc-like body is the one FreeRDP's measurements used
/// (`../shared/tools/freerdp-oracle/probe/make_bench.py`), so the two can be compared on the
/// same bytes.
enum BenchInputs {
  static let mstscLines = [
    "screen mode id:i:2", "use multimon:i:0", "desktopwidth:i:1920", "desktopheight:i:1080",
    "session bpp:i:32", "winposstr:s:0,3,0,0,800,600", "compression:i:1", "keyboardhook:i:2",
    "audiocapturemode:i:0", "videoplaybackmode:i:1", "connection type:i:7",
    "networkautodetect:i:1", "bandwidthautodetect:i:1", "displayconnectionbar:i:1",
    "enableworkspacereconnect:i:0", "disable wallpaper:i:0", "allow font smoothing:i:0",
    "allow desktop composition:i:0", "disable full window drag:i:1", "disable menu anims:i:1",
    "disable themes:i:0", "disable cursor setting:i:0", "bitmapcachepersistenable:i:1",
    "full address:s:rdsh01.corp.example.com", "audiomode:i:0", "redirectprinters:i:1",
    "redirectlocation:i:0", "redirectcomports:i:0", "redirectsmartcards:i:1",
    "redirectwebauthn:i:1", "redirectclipboard:i:1", "redirectposdevices:i:0",
    "autoreconnection enabled:i:1", "authentication level:i:2", "prompt for credentials:i:0",
    "negotiate security layer:i:1", "remoteapplicationmode:i:0", "alternate shell:s:",
    "shell working directory:s:", "gatewayhostname:s:rdgw.corp.example.com",
    "gatewayusagemethod:i:2", "gatewaycredentialssource:i:0", "gatewayprofileusagemethod:i:1",
    "promptcredentialonce:i:1", "gatewaybrokeringtype:i:0", "use redirection server name:i:0",
    "rdgiskdcproxy:i:0", "kdcproxyname:s:", "enablerdsaadauth:i:0", "drivestoredirect:s:",
    "username:s:CORP\\alice",
  ]

  static func bytes(_ lines: [String], utf16: Bool) -> [UInt8] {
    let text = lines.map { $0 + "\r\n" }.joined()
    return RDPDocument(text: text, encoding: utf16 ? .utf16LittleEndian : .utf8, byteOrderMark: utf16).serialized()
  }

  /// The ~2.5 KB mstsc-style file, UTF-16LE with BOM and CRLF.
  static var mstscUTF16: [UInt8] { bytes(mstscLines, utf16: true) }
  /// The same content in UTF-8.
  static var mstscUTF8: [UInt8] { bytes(mstscLines, utf16: false) }

  /// The mstsc block repeated to 1 MiB.
  static func big(utf16: Bool) -> [UInt8] {
    let block = bytes(mstscLines, utf16: utf16).count - (utf16 ? 2 : 0)
    let repeats = (1 << 20) / block
    return bytes(Array(repeating: mstscLines, count: repeats).flatMap { $0 }, utf16: utf16)
  }
}
