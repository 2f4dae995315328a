package dev.notesmcp.domain.token;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyRingTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final SigningKeyPolicy POLICY = new SigningKeyPolicy(Duration.ofMinutes(1), Duration.ofHours(1));

    private static SigningKey key(String id, Instant activeFrom) {
        return SigningKey.created(id, activeFrom.minusSeconds(60).isBefore(T0) ? activeFrom : activeFrom.minusSeconds(60),
                activeFrom, new byte[]{1}, new byte[]{2});
    }

    @Test
    void theNewestActiveKeySignsAndANextKeyIsPublishedBeforeItSigns() {
        Instant handOver = POLICY.activeFrom(T0.plusSeconds(600), false);
        SigningKey first = key("k1", T0).retiredUntil(POLICY.predecessorsNotAfter(handOver));
        SigningKey next = key("k2", handOver);
        SigningKeyRing ring = new SigningKeyRing(List.of(first, next));

        assertThat(ring.signingKeyAt(handOver.minusNanos(1))).contains(first);
        assertThat(ring.signingKeyAt(handOver)).contains(next);
        assertThat(ring.publishedAt(handOver.minusNanos(1))).containsExactly(next, first);
        assertThat(ring.find("k2", T0.plusSeconds(601))).contains(next);
    }

    @Test
    void aRetiredKeyIsAcceptedUntilEveryTokenItSignedHasExpiredAndNotAtItsEnd() {
        Instant handOver = T0.plus(Duration.ofDays(1));
        Instant end = POLICY.predecessorsNotAfter(handOver);
        SigningKeyRing ring = new SigningKeyRing(List.of(key("k1", T0).retiredUntil(end), key("k2", handOver)));

        assertThat(end).isEqualTo(handOver.plus(Duration.ofHours(1)));
        assertThat(ring.find("k1", end.minusNanos(1))).isPresent();
        assertThat(ring.find("k1", end)).isEmpty();
        assertThat(ring.publishedAt(end)).extracting(SigningKey::keyId).containsExactly("k2");
        assertThat(ring.find("unknown", T0)).isEmpty();
    }

    @Test
    void retiringTwiceKeepsTheEarlierEnd() {
        SigningKey once = key("k1", T0).retiredUntil(T0.plusSeconds(100));

        assertThat(once.retiredUntil(T0.plusSeconds(500)).notAfter()).contains(T0.plusSeconds(100));
    }

    @Test
    void rotationIsDueAPeriodAfterTheNewestKeyBecameActiveOrWhenThereIsNone() {
        SigningKeyRing ring = new SigningKeyRing(List.of(key("k1", T0)));

        assertThat(new SigningKeyRing(List.of()).rotationDueAt(T0, Duration.ofDays(30))).isTrue();
        assertThat(ring.rotationDueAt(T0.plus(Duration.ofDays(30)).minusNanos(1), Duration.ofDays(30))).isFalse();
        assertThat(ring.rotationDueAt(T0.plus(Duration.ofDays(30)), Duration.ofDays(30))).isTrue();
    }

    @Test
    void theFirstKeySignsAtOnceALaterOneAfterThePublishingDelay() {
        assertThat(POLICY.activeFrom(T0, true)).isEqualTo(T0);
        assertThat(POLICY.activeFrom(T0, false)).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    }

    @Test
    void aKeyNeverShowsItsMaterialAndNeedsBothHalves() {
        assertThat(key("k1", T0).toString()).doesNotContain("[1]").contains("k1");
        assertThatThrownBy(() -> SigningKey.created("k", T0, T0, new byte[0], new byte[]{1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SigningKey.created("k", T0, T0.minusSeconds(1), new byte[]{1}, new byte[]{1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
