package io.hcsdk.codegen;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.hcsdk.codegen.ServiceModel.EnumType;
import io.hcsdk.codegen.ServiceModel.ObjectType;
import io.hcsdk.codegen.ServiceModel.Property;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Turns a {@link ServiceModel} into Java sources: relative path to file content. */
final class Emitter {
  /** The package-private helper class generated into every model package. */
  static final String SUPPORT = "ModelSupport";

  private final ServiceModel model;
  private final Types types;
  private final Map<String, String> patternConstants = new LinkedHashMap<>();

  Emitter(ServiceModel model) {
    this.model = model;
    this.types = new Types(model);
    namePatterns();
  }

  /** Every generated file, keyed by its path under the source root, in a stable order. */
  Map<String, String> emit() {
    ValidationEmitter validation = new ValidationEmitter(model, types, patternConstants);
    ValueTypeEmitter values = new ValueTypeEmitter(model, types, validation);
    CodecEmitter codecs = new CodecEmitter(model, types);
    VariantEmitter variants = new VariantEmitter(model, types, validation);
    EnumEmitter enums = new EnumEmitter(model);
    List<Supplier<JavaFile>> jobs = new ArrayList<>();
    Set<String> packages = new LinkedHashSet<>();
    for (ObjectType type : model.objects.values()) {
      jobs.add(() -> file(type.javaPackage, values.emit(type)));
      jobs.add(() -> file(type.javaPackage, codecs.emit(type)));
      packages.add(type.javaPackage);
    }
    for (ObjectType variant : model.variants.values()) {
      jobs.add(() -> file(variant.javaPackage, variants.emit(variant)));
    }
    for (EnumType e : model.enums.values()) {
      jobs.add(() -> file(e.javaPackage, enums.emit(e)));
      packages.add(e.javaPackage);
    }
    // The files are independent and JavaPoet's rendering is most of the cost: use every core.
    Map<String, String> files = new TreeMap<>(jobs.parallelStream().map(Supplier::get)
        .collect(Collectors.toMap(f -> f.packageName().replace('.', '/') + "/"
            + f.typeSpec().name() + ".java", JavaFile::toString)));
    for (String pkg : packages) {
      files.put(pkg.replace('.', '/') + "/" + SUPPORT + ".java", support(pkg));
    }
    if (!model.operations.isEmpty() && model.operationsClass != null) {
      JavaFile operations = file(model.operationsPackage, new OperationsEmitter(model, types).emit());
      files.put(model.operationsPackage.replace('.', '/') + "/" + model.operationsClass + ".java",
          operations.toString());
    }
    return files;
  }

  private static JavaFile file(String pkg, TypeSpec type) {
    return JavaFile.builder(pkg, type).indent("  ").skipJavaLangImports(true).build();
  }

  /** Constant names for the distinct patterns, from their wording ("letters, digits and hyphens"). */
  private void namePatterns() {
    Set<String> taken = new LinkedHashSet<>();
    for (ObjectType type : allTypes()) {
      for (Property p : type.properties) {
        if (p.pattern == null || patternConstants.containsKey(p.pattern)) {
          continue;
        }
        String base = p.patternText.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "")
            .toUpperCase(Locale.ROOT);
        base = base.isEmpty() || Character.isDigit(base.charAt(0)) ? "PATTERN_" + base : base;
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
          name = base + "_" + i;
        }
        patternConstants.put(p.pattern, name);
      }
    }
  }

  private Iterable<ObjectType> allTypes() {
    Set<ObjectType> all = new LinkedHashSet<>(model.objects.values());
    all.addAll(model.variants.values());
    return all;
  }

  private String support(String pkg) {
    StringBuilder patterns = new StringBuilder();
    patternConstants.forEach((regex, name) -> patterns.append("  static final Pattern ")
        .append(name).append(" = Pattern.compile(\"")
        .append(ValidationEmitter.escapeJava(regex)).append("\");\n"));
    if (patterns.length() > 0) {
      patterns.append('\n');
    }
    return template().replace("{{package}}", pkg).replace("{{file}}", model.file)
        .replace("{{patterns}}\n", patterns.toString());
  }

  private static String template() {
    try (InputStream in = Emitter.class.getResourceAsStream("ModelSupport.java.template")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
