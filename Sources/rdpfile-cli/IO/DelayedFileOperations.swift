#if DEBUG
  #if canImport(Glibc)
    import Glibc
  #endif

  /// A testing seam, compiled into debug builds only: the real operations, with a pause before
  /// each exchange, so tests can stop a batch part-way through with a signal at a predictable
  /// moment. Enabled by the `RDPFILE_TEST_RENAME_DELAY_MS` environment variable.
  struct DelayedFileOperations: ForwardingFileOperations {
    let base: any FileOperations = PosixFileOperations()
    var delayMilliseconds: Int

    func exchange(in directory: Int32, _ first: [UInt8], _ second: [UInt8]) -> Int32 {
      usleep(useconds_t(delayMilliseconds * 1000))
      return base.exchange(in: directory, first, second)
    }
  }
#endif
