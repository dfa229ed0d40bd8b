package io.hcsdk.testing.internal;

import java.util.ArrayList;
import java.util.List;

/** Every resource family the simulator runs: Fabric's and ModelArts'. */
public final class Families {
  private Families() {}

  public static List<ResourceKind> all() {
    List<ResourceKind> all = new ArrayList<>(FabricKinds.all());
    all.addAll(ModelArtsKinds.all());
    return List.copyOf(all);
  }
}
