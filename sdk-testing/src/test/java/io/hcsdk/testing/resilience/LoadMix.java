package io.hcsdk.testing.resilience;

import io.hcsdk.fabric.FabricClient;
import io.hcsdk.fabric.model.EndpointType;
import io.hcsdk.fabric.model.ListEndpointsRequest;
import io.hcsdk.fabric.model.ListServiceInstancesRequest;
import io.hcsdk.modelarts.ModelArtsClient;
import io.hcsdk.modelarts.model.devenv.DevEnvType;
import io.hcsdk.modelarts.model.devenv.ListDevEnvInstancesRequest;
import io.hcsdk.testing.CloudSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The load scenario's calls, half on Fabric and half on ModelArts: shows, lists and (one call in
 * ten) creates with unique names, a quarter of them in their async form. Call {@code i} is always
 * the same operation, so a run is a fixed mix; the resources it shows are seeded before any fault.
 */
final class LoadMix {
  private static final ListDevEnvInstancesRequest TEN_DEV_ENVS = ListDevEnvInstancesRequest.builder()
      .deType(DevEnvType.NOTEBOOK).limit(10).build();

  private final FabricClient fabric;
  private final ModelArtsClient modelArts;
  private final long asyncTimeoutMillis;
  private final List<String> endpoints = new ArrayList<>();
  private final List<String> instances = new ArrayList<>();
  private final List<String> devEnvs = new ArrayList<>();
  private final List<String> services = new ArrayList<>();
  private String hostEndpoint;

  LoadMix(FabricClient fabric, ModelArtsClient modelArts, long asyncTimeoutMillis) {
    this.fabric = fabric;
    this.modelArts = modelArts;
    this.asyncTimeoutMillis = asyncTimeoutMillis;
  }

  /** Creates the resources the shows read (before any fault is armed). */
  void seed(int each) {
    hostEndpoint = fabric.endpoints().create(Requests.endpoint("load-host", EndpointType.INFERENCE)).id();
    for (int i = 0; i < each; i++) {
      endpoints.add(fabric.endpoints().create(Requests.endpoint("load-seed-" + i)).id());
      instances.add(fabric.serviceInstances().deploy(Requests.serviceInstance("load-seed-" + i, hostEndpoint)).id());
      devEnvs.add(modelArts.devEnvs().create(Requests.devEnv("load-seed-" + i)).id());
      services.add(modelArts.services().create(Requests.service("load-seed-" + i)).id());
    }
  }

  /** Runs call {@code i} of the mix; returns normally on success, throws what the SDK threw otherwise. */
  void call(int i) {
    String name = "load-" + String.format("%05d", i);
    boolean create = (i / 20) % 2 == 0; // the create slots alternate with shows: one call in ten creates
    switch (i % 20) {
      case 0 -> fabric.endpoints().list();
      case 1 -> fabric.endpoints().get(pick(endpoints, i));
      case 2 -> await(fabric.endpoints().getAsync(pick(endpoints, i)));
      case 3 -> fabric.serviceInstances().list();
      case 4 -> fabric.serviceInstances().get(pick(instances, i));
      case 5 -> await(fabric.serviceInstances().listAsync(ListServiceInstancesRequest.builder().build()));
      case 6 -> {
        if (create) {
          fabric.endpoints().create(Requests.endpoint(name));
        } else {
          fabric.endpoints().get(pick(endpoints, i));
        }
      }
      case 7 -> await(fabric.serviceInstances().getAsync(pick(instances, i)));
      case 8 -> {
        if (create) {
          fabric.serviceInstances().deploy(Requests.serviceInstance(name, hostEndpoint));
        } else {
          fabric.serviceInstances().get(pick(instances, i));
        }
      }
      case 9 -> await(fabric.endpoints().listAsync(ListEndpointsRequest.builder().build()));
      case 10 -> modelArts.devEnvs().list(TEN_DEV_ENVS);
      case 11 -> modelArts.devEnvs().get(pick(devEnvs, i));
      case 12 -> await(modelArts.devEnvs().getAsync(pick(devEnvs, i)));
      case 13 -> modelArts.services().get(pick(services, i));
      case 14 -> await(modelArts.services().getAsync(pick(services, i)));
      case 15 -> modelArts.pools().get(CloudSimulator.SEEDED_POOL);
      case 16 -> {
        if (create) {
          modelArts.devEnvs().create(Requests.devEnv(name));
        } else {
          modelArts.devEnvs().get(pick(devEnvs, i));
        }
      }
      case 17 -> modelArts.clusters().list();
      case 18 -> {
        if (create) {
          modelArts.services().create(Requests.service(name));
        } else {
          modelArts.services().get(pick(services, i));
        }
      }
      default -> await(modelArts.devEnvs().listAsync(TEN_DEV_ENVS));
    }
  }

  private void await(CompletableFuture<?> future) {
    future.orTimeout(asyncTimeoutMillis, TimeUnit.MILLISECONDS).join();
  }

  private static String pick(List<String> ids, int i) {
    return ids.get((i / 20) % ids.size());
  }
}
