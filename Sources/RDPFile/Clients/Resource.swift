/// The local resources a connection file can hand to the remote computer: the twelve classes
/// Windows lists, one checkbox each, in the dialog it shows since April 2026.
public enum Resource: String, Sendable, Hashable, CaseIterable, Comparable {
  case drives, clipboard, printers, microphone, smartcards, webauthn, ports, location, pos, cameras, devices, usb

  /// The keys that turn the resource on, the main one first.
  public var keys: [String] {
    switch self {
    case .drives: ["drivestoredirect", "redirectdrives"]
    case .clipboard: ["redirectclipboard"]
    case .printers: ["redirectprinters"]
    case .microphone: ["audiocapturemode"]
    case .smartcards: ["redirectsmartcards"]
    case .webauthn: ["redirectwebauthn"]
    case .ports: ["redirectcomports"]
    case .location: ["redirectlocation"]
    case .pos: ["redirectposdevices"]
    case .cameras: ["camerastoredirect"]
    case .devices: ["devicestoredirect"]
    case .usb: ["usbdevicestoredirect"]
    }
  }

  /// What the resource is, for people.
  public var label: String {
    switch self {
    case .drives: "local drives"
    case .clipboard: "the clipboard"
    case .printers: "printers"
    case .microphone: "the microphone"
    case .smartcards: "smart cards and Windows Hello for Business"
    case .webauthn: "WebAuthn (passkeys and security keys)"
    case .ports: "serial and parallel ports"
    case .location: "the device's location"
    case .pos: "point-of-service devices"
    case .cameras: "cameras"
    case .devices: "other plug-and-play devices"
    case .usb: "USB devices (RemoteFX)"
    }
  }

  /// Orders resources as the dialog lists them.
  public static func < (lhs: Resource, rhs: Resource) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
