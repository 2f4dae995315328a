package dev.notesmcp.application.port.in.note;

import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.PageLimit;
import dev.notesmcp.domain.note.SearchHit;
import dev.notesmcp.domain.note.SearchQuery;

import java.util.List;
import java.util.Objects;

/** A user searches their notes; best matches first. */
public interface SearchNotesUseCase {

    List<SearchHit> search(Query query);

    record Query(UserId owner, SearchQuery text, PageLimit limit) {
        public Query {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(limit, "limit");
        }
    }
}
