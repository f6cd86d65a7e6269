package io.github.parallelthreads.internal.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a snapshot of JVM-global state reports as changed since an earlier one. */
class GlobalStateTests {

  private static GlobalState withProperties(GlobalState base, Map<String, String> properties) {
    return new GlobalState(
        base.out(),
        base.err(),
        base.in(),
        properties,
        base.locale(),
        base.displayLocale(),
        base.formatLocale(),
        base.timeZone(),
        base.uncaughtExceptionHandler());
  }

  private static List<String> changes(Map<String, String> before, Map<String, String> after) {
    GlobalState now = GlobalState.capture();
    return withProperties(now, after).changesSince(withProperties(now, before));
  }

  @Test
  void anAddedChangedOrRemovedPropertyIsReported() {
    assertThat(changes(Map.of("kept", "1"), Map.of("kept", "1", "added", "2")))
        .containsExactly("system property added");
    assertThat(changes(Map.of("app.mode", "a"), Map.of("app.mode", "b")))
        .containsExactly("system property app.mode");
    assertThat(changes(Map.of("gone", "1", "kept", "1"), Map.of("kept", "1")))
        .containsExactly("system property gone");
  }

  @Test
  void theFontManagerThatTheJdkRecordsOnItsFirstUseIsNotAChange() {
    Map<String, String> after = new HashMap<>(Map.of("kept", "1"));
    after.put("sun.font.fontmanager", "sun.awt.X11FontManager");

    assertThat(changes(Map.of("kept", "1"), after)).isEmpty();
  }

  @Test
  void aTestThatReplacesTheFontManagerIsStillReported() {
    assertThat(
            changes(
                Map.of("sun.font.fontmanager", "sun.awt.X11FontManager"),
                Map.of("sun.font.fontmanager", "com.acme.FontManager")))
        .containsExactly("system property sun.font.fontmanager");
  }
}
