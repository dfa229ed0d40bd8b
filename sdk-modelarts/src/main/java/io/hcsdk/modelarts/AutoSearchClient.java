package io.hcsdk.modelarts;

import io.hcsdk.core.spi.Invocation;
import io.hcsdk.core.spi.ServiceContext;
import io.hcsdk.modelarts.internal.ModelArtsOperations;
import io.hcsdk.modelarts.model.autosearch.AutoSearchYamlTemplateContent;
import io.hcsdk.modelarts.model.autosearch.AutoSearchYamlTemplateList;
import java.util.concurrent.CompletableFuture;

/** The AutoSearch YAML templates of training jobs: which there are, and one template's YAML. */
public final class AutoSearchClient {
  private final ServiceContext context;

  AutoSearchClient(ServiceContext context) {
    this.context = context;
  }

  /** ShowAutoSearchYamlTemplates: the algorithm types and, under each, its algorithm names. */
  public AutoSearchYamlTemplateList templates() {
    return ModelArtsOperations.SHOW_AUTO_SEARCH_YAML_TEMPLATES.call(context).get();
  }

  public CompletableFuture<AutoSearchYamlTemplateList> templatesAsync() {
    return ModelArtsOperations.SHOW_AUTO_SEARCH_YAML_TEMPLATES.call(context).getAsync();
  }

  /**
   * ShowAutoSearchYamlTemplateContent: the YAML of algorithm {@code algorithmName} of type
   * {@code algorithmType} (an {@code algorithm_type_en} and one of its {@code algorithm_names},
   * such as {@code hpo} and {@code Bayes}).
   */
  public AutoSearchYamlTemplateContent template(String algorithmType, String algorithmName) {
    return content(algorithmType, algorithmName).get();
  }

  public CompletableFuture<AutoSearchYamlTemplateContent> templateAsync(String algorithmType, String algorithmName) {
    return content(algorithmType, algorithmName).getAsync();
  }

  private Invocation<AutoSearchYamlTemplateContent> content(String algorithmType, String algorithmName) {
    return ModelArtsOperations.SHOW_AUTO_SEARCH_YAML_TEMPLATE_CONTENT.call(context)
        .path("algorithm_type", algorithmType).path("algorithm_name", algorithmName);
  }

  @Override
  public String toString() {
    return "AutoSearchClient{" + context.scopeText() + "}";
  }
}
