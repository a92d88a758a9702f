/// Every rule, in id order. Ids are never reused.
public enum RuleRegistry {
  /// The rules.
  public static let rules: [any LintRule] = [
    NoServerAuthentication(), CredSSPDisabled(), DowngradePair(), NegotiateLayerIgnored(),
    NegotiateOffWithoutCredSSP(), StrictAuthWithIP(), LoopbackTarget(), CredSSPOffWithClientPrompt(),
    UnverifiedCredentialGuardKey(), RemoteGuardNeedsKerberos(),
    MissingFullAddress(), IPLiteralTarget(), IPv6PortUnbracketed(), IPv6Unbracketed(), MalformedBrackets(),
    PortConflict(), ServerPortOutOfRange(), RedundantDefaultPort(), AlternateAddressDiffers(), SingleLabelHost(),
    EntraAuthWithIP(), AddressSyntax(), LegacyEntraKey(),
    GatewayWithoutHost(), GatewayHostUnused(), GatewayProfileOverride(), GatewayIPLiteral(), GatewayBasicAuth(),
    GatewayURLForm(), KDCProxyWithoutGateway(), GatewayNetBIOSTarget(),
    PlaintextPassword(), SavedPasswordBlob(), BearerTokenInFile(), LoggedOnCredentialsToUnverifiedGateway(),
    UsernameDomainConflict(),
    SignaturePairIncomplete(), ScopeNamesMissingKeys(), SecureKeyOutsideScope(), AlternateAddressNotSigned(),
    SettingAfterSignature(), SignedKeyCaseOrSpacing(), DuplicateSecureKey(), SignatureMismatch(), SignerCertificate(),
    UnknownKey(), WrongTypeLetter(), InvalidTypeLetter(), MalformedLine(), DuplicateKey(), NonDecimalInteger(),
    ValueOutOfRange(), EncodingProblem(), MixedLineEndings(), WhitespaceAroundFields(), DeprecatedKey(),
    EmptySignificantValue(), OversizedFile(), ControlCharacters(), LookalikeKey(), BinaryContent(),
    UTF8ByteOrderMark(), OneByteLine(), IntegerReadDifferently(), NegativeInteger(), SlashLine(),
    AddressPortRefused(), IPv6WithoutPort(), DomainIgnoredWithUsername(), UnreadableByFreeRDP(),
    PublicAddressDestination(), OutsideOrganisation(), LookalikeHost(), SensitiveRedirection(), DeviceRedirection(),
    AlternateShell(), RemoteAppLaunch(), LocalVariableExpansion(), GatewayCredentialHandover(), PrefilledAccount(),
    UntrustedPublisher(), ServerCertificatePublisher(), PublisherImitation(),
  ]

  /// The metadata of every rule.
  public static var infos: [RuleInfo] { rules.map { type(of: $0).info } }

  /// The rule with `id` or `name`.
  public static func rule(_ idOrName: String) -> (any LintRule)? {
    rules.first { type(of: $0).id == idOrName.uppercased() || type(of: $0).name == idOrName.lowercased() }
  }
}
