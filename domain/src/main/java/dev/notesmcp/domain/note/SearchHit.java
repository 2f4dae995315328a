package dev.notesmcp.domain.note;

import java.util.Comparator;
import java.util.Objects;

/** A note found by a search, with how well it matched (higher is better). */
public record SearchHit(Note note, double score) {

    /** Best match first; among equals, the newest note first. */
    public static final Comparator<SearchHit> BEST_FIRST = Comparator.comparingDouble(SearchHit::score).reversed()
            .thenComparing(SearchHit::note, Note.NEWEST_FIRST);

    public SearchHit {
        Objects.requireNonNull(note, "note");
    }
}
