package org.humfig.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PacksTest {

  @Test
  void of_readsAPackOnce() {
    Packs.Pack fr = Packs.of("fr");
    assertThat(fr.code()).isEqualTo("fr");
    assertThat(fr.rules()).isNotEmpty();
    assertThat(Packs.of("fr")).isSameAs(fr);
  }

  @Test
  void of_unknownPack_namesThePacks() {
    assertThatThrownBy(() -> Packs.of("xx")).hasMessageContaining("no language pack 'xx'");
  }

  @Test
  void code_takesThePrimarySubtag() {
    assertThat(Packs.code(" fr-Latn-CA ")).isEqualTo("fr");
    assertThat(Packs.code("-fr")).isEqualTo(Packs.defaultCode());
    assertThat(Packs.code("   ")).isEqualTo(Packs.defaultCode());
  }
}
