package io.github.parallelthreads.internal.sharing;

import io.github.parallelthreads.internal.classfile.CallSite;
import io.github.parallelthreads.internal.classfile.FieldSummary;
import java.util.List;
import java.util.Set;

/**
 * Final fields whose value no thread can change, which threads share without harm: a primitive, a
 * value of an immutable type (a {@code String}, a {@code Pattern}, a {@code DateTimeFormatter}), a
 * logger, or a collection made by an unmodifiable factory ({@code List.of}). Naming them would only
 * bury the fields that matter, and put a test among those that share state when it shares none.
 */
final class UnchangingValues {

  private static final Set<String> IMMUTABLE_TYPES =
      Set.of(
          "Ljava/lang/String;",
          "Ljava/lang/Boolean;",
          "Ljava/lang/Byte;",
          "Ljava/lang/Character;",
          "Ljava/lang/Short;",
          "Ljava/lang/Integer;",
          "Ljava/lang/Long;",
          "Ljava/lang/Float;",
          "Ljava/lang/Double;",
          "Ljava/lang/Class;",
          "Ljava/math/BigInteger;",
          "Ljava/math/BigDecimal;",
          "Ljava/util/UUID;",
          "Ljava/util/Locale;",
          "Ljava/util/regex/Pattern;",
          "Ljava/nio/charset/Charset;",
          "Ljava/time/Duration;",
          "Ljava/time/Instant;",
          "Ljava/time/LocalDate;",
          "Ljava/time/LocalDateTime;",
          "Ljava/time/LocalTime;",
          "Ljava/time/OffsetDateTime;",
          "Ljava/time/ZonedDateTime;",
          "Ljava/time/ZoneId;",
          "Ljava/time/ZoneOffset;",
          "Ljava/time/Period;",
          "Ljava/time/format/DateTimeFormatter;",
          "Ljava/lang/System$Logger;",
          "Ljava/util/logging/Logger;",
          "Lorg/slf4j/Logger;",
          "Lorg/apache/logging/log4j/Logger;",
          "Lorg/apache/commons/logging/Log;");

  /**
   * Owners of factories whose every method named {@link #FACTORY_METHODS} makes an unmodifiable
   * value.
   */
  private static final Set<String> FACTORY_OWNERS =
      Set.of("java/util/List", "java/util/Set", "java/util/Map", "java/util/Collections");

  private static final Set<String> FACTORY_METHODS =
      Set.of(
          "of",
          "ofEntries",
          "copyOf",
          "entry",
          "emptyList",
          "emptySet",
          "emptyMap",
          "singleton",
          "singletonList",
          "singletonMap",
          "unmodifiableList",
          "unmodifiableSet",
          "unmodifiableMap",
          "unmodifiableCollection",
          "unmodifiableSortedSet",
          "unmodifiableSortedMap",
          "unmodifiableNavigableSet",
          "unmodifiableNavigableMap");

  private UnchangingValues() {}

  /**
   * Whether the field can only ever hold a value that does not change.
   *
   * @param values for every write of the field that was found, the call whose result it stores, or
   *     null where that is not known
   */
  static boolean holds(FieldSummary field, List<CallSite> values) {
    if (!field.isFinal()) {
      return false;
    }
    String type = field.descriptor();
    if (type.length() == 1 || IMMUTABLE_TYPES.contains(type)) {
      return true;
    }
    return !values.isEmpty() && values.stream().allMatch(UnchangingValues::unmodifiable);
  }

  private static boolean unmodifiable(CallSite value) {
    return value != null
        && FACTORY_OWNERS.contains(value.owner())
        && FACTORY_METHODS.contains(value.name());
  }
}
