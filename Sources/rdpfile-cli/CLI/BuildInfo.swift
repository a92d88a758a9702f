/// What a build knows about where it came from. `scripts/release.sh` builds with
/// `-DRDPFILE_RELEASE` and a generated `ReleaseCommit.swift` (never committed) that supplies
/// the commit; every other build has none.
enum BuildInfo {
  #if !RDPFILE_RELEASE
    /// The commit this binary was built from, when a release build recorded it.
    static let commit: String? = nil
  #endif
}
