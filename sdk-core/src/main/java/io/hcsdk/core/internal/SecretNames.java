package io.hcsdk.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides from a field name alone whether its value is a secret. The name is split into words
 * (snake_case, camelCase, kebab-case, UPPER_CASE, dots; {@code HFToken} is {@code hf token}) and
 * judged by its last word, so {@code token_type} and {@code secret_name} describe a secret
 * without being one:
 * <ul>
 *   <li>last word is (or ends with) password, passwd, passphrase, secret, token, signature,
 *       authorization, cookie or credential: {@code HF_TOKEN}, {@code x-auth-token},
 *       {@code app_secret}, {@code accesstoken};
 *   <li>last word {@code key} qualified as a secret by the word before it: api, access, secret,
 *       private, app, auth, client, encryption, signing, master, session, hmac, shared, account,
 *       license, pass ({@code api_key}, {@code OPENAI_API_KEY}, {@code ssh_private_key}, and
 *       {@code app_key}, which the ModelArts APIG documents return as a credential). A bare
 *       {@code key}, {@code key_id} or {@code partition_key} is not a secret: a tag
 *       {@code {"key":"env","value":"prod"}} stays readable;
 *   <li>{@code app_code}: the APIG AppCode authenticates calls on its own;
 *   <li>last word {@code ak} or {@code sk} (the Huawei Cloud access and secret key);
 *   <li>any of these followed by value, data, base64, b64 or pem ({@code token_value});
 *   <li>an environment-variable map ({@code env_vars}, {@code envs}, {@code env},
 *       {@code environment_variables}): any of its values may be a token whatever its name
 *       ({@code MODEL_DIR} as much as {@code HF_TOKEN}), so all are masked and the names kept,
 *       as {@link Redactor#envVars} prints them.
 * </ul>
 * A plural ({@code tokens}, {@code max_tokens}, {@code api_keys}) is a secret unless its value is a
 * number: then it is a count. {@code credential(s)} names a container: see {@link Kind#CREDENTIAL}.
 */
final class SecretNames {
  /** What a name says about the value under it (and everything inside that value). */
  enum Kind {
    PLAIN,
    /** Masked, and so is every scalar inside it. */
    SECRET,
    /** A secret unless the value is a number, which counts rather than holds secrets. */
    SECRET_UNLESS_NUMBER,
    /**
     * Groups secrets with what says whose they are (the dev-env {@code credential} object holds
     * {@code ssh_private_key} and {@code access_token}): everything under it is masked except
     * the {@linkplain #isDescriptor descriptor} fields of an object directly inside it.
     */
    CREDENTIAL,
    CREDENTIAL_UNLESS_NUMBER
  }

  private static final List<String> NOUNS = List.of("password", "passwd", "passphrase", "secret", "token",
      "signature", "authorization", "cookie");
  private static final Set<String> KEY_QUALIFIERS = Set.of("api", "access", "secret", "private", "app", "auth",
      "client", "encryption", "signing", "master", "session", "hmac", "shared", "account", "license", "pass");
  private static final Set<String> VALUE_SUFFIXES = Set.of("value", "data", "base64", "b64", "pem");
  private static final Set<String> DESCRIPTORS = Set.of("user", "username", "name", "type");
  /** The words of the names of environment-variable maps. */
  private static final Set<List<String>> ENV_MAPS = Set.of(List.of("env"), List.of("envs"), List.of("env", "vars"),
      List.of("env", "variables"), List.of("environment", "variables"));

  private SecretNames() {}

  static Kind classify(String name) {
    List<String> words = words(name);
    if (ENV_MAPS.contains(words)) {
      return Kind.SECRET;
    }
    int last = words.size() - 1;
    if (last > 0 && VALUE_SUFFIXES.contains(words.get(last))) {
      last--;
    }
    if (last < 0) {
      return Kind.PLAIN;
    }
    String word = words.get(last);
    String before = last > 0 ? words.get(last - 1) : "";
    boolean plural = word.length() > 1 && word.endsWith("s") && !word.endsWith("ss");
    String singular = plural ? word.substring(0, word.length() - 1) : word;
    if (singular.endsWith("credential")) {
      return plural ? Kind.CREDENTIAL_UNLESS_NUMBER : Kind.CREDENTIAL;
    }
    if (!isSecretWord(singular, before)) {
      return Kind.PLAIN;
    }
    return plural ? Kind.SECRET_UNLESS_NUMBER : Kind.SECRET;
  }

  private static boolean isSecretWord(String word, String before) {
    for (String noun : NOUNS) {
      if (word.endsWith(noun)) {
        return true;
      }
    }
    if (word.equals("ak") || word.equals("sk")) {
      return true;
    }
    // a separate word after its qualifier (api_key, app_code), or one lower-case word (apikey, appcode)
    if (word.endsWith("code")) {
      return word.equals("code") ? before.equals("app") : word.endsWith("appcode");
    }
    if (word.endsWith("key")) {
      if (word.equals("key")) {
        return KEY_QUALIFIERS.contains(before);
      }
      String prefix = word.substring(0, word.length() - "key".length());
      return KEY_QUALIFIERS.stream().anyMatch(prefix::endsWith);
    }
    return false;
  }

  /** Fields inside a credential object that say whose or what kind it is. */
  static boolean isDescriptor(String name) {
    return DESCRIPTORS.contains(String.join("", words(name)));
  }

  /** Lower-case words of a name: {@code OPENAI_API_KEY}, {@code openaiApiKey} and {@code x-api-key} alike. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : '_';
      if (!Character.isLetterOrDigit(c)) {
        if (start >= 0) {
          words.add(name.substring(start, i).toLowerCase(Locale.ROOT));
          start = -1;
        }
        continue;
      }
      if (start >= 0 && startsWord(name, i)) {
        words.add(name.substring(start, i).toLowerCase(Locale.ROOT));
        start = i;
      } else if (start < 0) {
        start = i;
      }
    }
    return words;
  }

  /** camelCase boundaries: {@code apiKey} at K, {@code HFToken} at T (an acronym ends before a capitalised word). */
  private static boolean startsWord(String name, int i) {
    char c = name.charAt(i);
    if (!Character.isUpperCase(c)) {
      return false;
    }
    char previous = name.charAt(i - 1);
    if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
      return true;
    }
    return Character.isUpperCase(previous) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
  }
}
