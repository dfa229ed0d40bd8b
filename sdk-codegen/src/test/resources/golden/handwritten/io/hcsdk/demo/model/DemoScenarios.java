package io.hcsdk.demo.model;

import io.hcsdk.core.json.Json;
import io.hcsdk.demo.internal.DemoOperations;
import io.hcsdk.core.validate.Validator;
import io.hcsdk.core.validate.Violation;
import io.hcsdk.demo.model.parts.Part;
import java.util.List;

/** Plain-Java uses of the generated demo models; GoldenCompileTest compiles and calls them. */
public final class DemoScenarios {
  private DemoScenarios() {}

  /** The violations of a CreateWidgetRequest read from JSON. */
  public static List<String> createViolations(String json) {
    Validator v = Validator.root();
    CreateWidgetRequest.fromJson(json).validate(v);
    return v.violations().stream().map(Violation::toString).toList();
  }

  /** What reading a CreateWidgetRequest from {@code json} throws: its class and message. */
  public static String readFailure(String json) {
    try {
      CreateWidgetRequest.fromJson(json);
      return "ok";
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** A Widget read leniently, then written: its JSON and its toString. */
  public static List<String> widget(String json) {
    Widget widget = Widget.fromJson(json);
    return List.of(widget.toJson(), widget.toString(),
        String.valueOf(widget.hasState(WidgetState.READY)),
        String.valueOf(widget.state().map(WidgetState::isTransitional).orElse(false)));
  }

  /** A CreateWidgetRequest read, then written, then printed. */
  public static List<String> create(String json) {
    CreateWidgetRequest request = CreateWidgetRequest.fromJson(json);
    return List.of(request.toJson(), request.toString());
  }

  /** Reads with the strict mapper; returns the error message, or "ok". */
  public static String strict(String type, String json) {
    try {
      Json.strictMapper().readValue(json, Class.forName("io.hcsdk.demo.model." + type));
      return "ok";
    } catch (Exception e) {
      return e.getMessage();
    }
  }

  /** What the generated operation descriptors say. */
  public static List<String> operations() {
    WidgetList answer = WidgetList.fromJson("{\"total\": 7, \"widgets\": [{\"id\": \"a\"}]}");
    return List.of(DemoOperations.CREATE_WIDGET.toString(),
        DemoOperations.CREATE_WIDGET.host() + " " + DemoOperations.CREATE_WIDGET.scope()
            + " " + DemoOperations.CREATE_WIDGET.idempotent(),
        DemoOperations.UPDATE_WIDGET.host() + " " + DemoOperations.UPDATE_WIDGET.idempotent(),
        DemoOperations.SHOW_WIDGET.responseType().getRawClass().getSimpleName() + " "
            + DemoOperations.SHOW_WIDGET.bodyType().isPresent(),
        DemoOperations.LIST_WIDGETS_OPERATION.queryType().orElseThrow().getSimpleName(),
        DemoOperations.LIST_WIDGETS.style() + " " + DemoOperations.LIST_WIDGETS.defaultPageSize()
            + " " + DemoOperations.LIST_WIDGETS.maxPageSize(),
        DemoOperations.DELETE_WIDGET.responseType().getRawClass().getSimpleName(),
        DemoOperations.LIST_WIDGET_EVENTS.style() + " " + DemoOperations.LIST_WIDGET_EVENTS
            .zeroMeansAll() + " " + ListWidgetEventsRequest.builder().continueValue("t").build()
            .toJson());
  }

  /** Builds a request with the builders, then a modified copy. */
  public static List<String> build() {
    CreateWidgetRequest request = CreateWidgetRequest.builder()
        .name("w-1").state(WidgetState.REALTIME)
        .part(Part.builder().kind("gear").count(1).blob(Json.mapper().createObjectNode()).build())
        .addPart(Part.builder().kind("axle").build())
        .putLabel("team", "a")
        .addState(WidgetState.of("brand-new"))
        .build();
    CreateWidgetRequest copy = request.toBuilder().name("w-2").build();
    return List.of(request.toJson(), copy.name(), String.valueOf(copy.equals(request)),
        String.valueOf(WidgetState.knownValues()));
  }
}
