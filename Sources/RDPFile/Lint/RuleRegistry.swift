/// Every rule, in id order. Ids are never reused.
package enum RuleRegistry {
  /// The rules.
  package static let rules: [any LintRule] = [
    NoServerAuthentication(), CredSSPDisabled(), DowngradePair(), NegotiateLayerIgnored(),
    NegotiateOffWithoutCredSSP(), StrictAuthWithIP(), LoopbackTarget(), CredSSPOffWithClientPrompt(),
    UnverifiedCredentialGuardKey(), RemoteGuardNeedsKerberos(),
    MissingFullAddress(), IPLiteralTarget(), IPv6PortUnbracketed(), IPv6Unbracketed(), DoubleBracket(),
    PortConflict(), PortOutOfRange(), RedundantDefaultPort(), AlternateAddressDiffers(), SingleLabelHost(),
    EntraAuthWithIP(), AddressSyntax(), LegacyAADKey(),
    GatewayWithoutHost(), GatewayHostUnused(), GatewayProfileOverride(), GatewayIPLiteral(), GatewayBasicAuth(),
    GatewayURLForm(), KDCProxyWithoutGateway(), GatewayNetBIOSTarget(),
    PlaintextPassword(), SavedPasswordBlob(), BearerTokenInFile(), LoggedOnCredsToUnverifiedGateway(),
    UsernameDomainConflict(),
    SignaturePairIncomplete(), SignscopeNamesMissingKeys(), SecureKeyOutsideScope(), AlternateAddressNotSigned(),
    SettingAfterSignature(), SignedKeyCaseOrSpacing(), DuplicateSecureKey(), SignatureMismatch(), SignerCertificate(),
    UnknownKey(), WrongTypeLetter(), InvalidTypeLetter(), MalformedLine(), DuplicateKey(), NonDecimalInteger(),
    ValueOutOfRange(), Encoding(), MixedLineEndings(), Whitespace(), DeprecatedKey(),
    EmptySignificantValue(), OversizedFile(), ControlCharacters(), LookalikeKey(), BinaryContent(),
    UTF8BOMFirstKey(), OneByteLine(), IntegerReadDifferently(), NegativeInteger(), SlashLine(),
    AddressPortRefused(), IPv6WithoutPort(), DomainIgnoredWithUsername(), UnreadableByFreeRDP(),
    PublicAddressDestination(), OutsideOrganisation(), LookalikeHost(), SensitiveRedirection(), DeviceRedirection(),
    AlternateShell(), RemoteAppLaunch(), LocalVariableExpansion(), GatewayCredentialHandover(), PrefilledAccount(),
    UntrustedPublisher(), ServerCertificatePublisher(), PublisherImitation(),
  ]

  /// The metadata of every rule.
  package static var infos: [RuleInfo] { rules.map { type(of: $0).info } }

  /// The rule with `id` or `name`.
  package static func rule(_ idOrName: String) -> (any LintRule)? {
    rules.first { type(of: $0).id == idOrName.uppercased() || type(of: $0).name == idOrName.lowercased() }
  }
}
