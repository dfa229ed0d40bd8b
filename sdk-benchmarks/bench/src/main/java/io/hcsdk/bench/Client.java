package io.hcsdk.bench;

/** The three clients compared, each with its module, worker main and cold-start main. */
public enum Client {
  HCSDK("hcsdk", "client-hcsdk", "io.hcsdk.bench.hcsdk.HcsdkWorker", "io.hcsdk.bench.hcsdk.HcsdkColdStart"),
  PLAIN("plain", "client-plain", "io.hcsdk.bench.plain.PlainWorker", "io.hcsdk.bench.plain.PlainColdStart"),
  OFFICIAL("official", "client-official", "io.hcsdk.bench.official.OfficialWorker",
      "io.hcsdk.bench.official.OfficialColdStart");

  private final String label;
  private final String module;
  private final String workerMain;
  private final String coldStartMain;

  Client(String label, String module, String workerMain, String coldStartMain) {
    this.label = label;
    this.module = module;
    this.workerMain = workerMain;
    this.coldStartMain = coldStartMain;
  }

  public String label() {
    return label;
  }

  /** The directory of its Maven module under {@code sdk-benchmarks/}. */
  public String module() {
    return module;
  }

  public String workerMain() {
    return workerMain;
  }

  public String coldStartMain() {
    return coldStartMain;
  }
}
