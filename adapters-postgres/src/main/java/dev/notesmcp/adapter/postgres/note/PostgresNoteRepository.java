package dev.notesmcp.adapter.postgres.note;

import dev.notesmcp.adapter.postgres.PlainJdbc;
import dev.notesmcp.adapter.postgres.PostgresDsl;
import dev.notesmcp.adapter.postgres.jooq.tables.records.NotesRecord;
import dev.notesmcp.application.port.out.NoteRepository;
import dev.notesmcp.domain.identity.UserId;
import dev.notesmcp.domain.note.Note;
import dev.notesmcp.domain.note.NoteContent;
import dev.notesmcp.domain.note.NoteCursor;
import dev.notesmcp.domain.note.NoteId;
import dev.notesmcp.domain.note.NoteListQuery;
import dev.notesmcp.domain.note.NotePage;
import dev.notesmcp.domain.note.PageLimit;
import dev.notesmcp.domain.note.SearchHit;
import dev.notesmcp.domain.note.SearchQuery;
import dev.notesmcp.domain.note.Tags;
import dev.notesmcp.domain.note.Title;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static dev.notesmcp.adapter.postgres.PostgresDsl.fromDb;
import static dev.notesmcp.adapter.postgres.PostgresDsl.toDb;
import static dev.notesmcp.adapter.postgres.jooq.Tables.NOTES;

/**
 * Notes in PostgreSQL. Lists are keyset-paged on (updated_at, id), the order of
 * {@link Note#NEWEST_FIRST}, on the {@code (owner, updated_at DESC, id DESC)} index; a list without
 * a tag (the hot path of list_notes) is fixed SQL through {@link PlainJdbc}, not a jOOQ query built
 * and rendered per call; search ranks the generated {@code search} tsvector (title A, tags B,
 * content C) with {@code ts_rank}. Every statement is scoped to the owner.
 */
public final class PostgresNoteRepository implements NoteRepository {

    /** The generated tsvector column; not in the jOOQ classes because H2 cannot replay it. */
    private static final Field<Object> SEARCH = DSL.field(DSL.name(NOTES.getName(), "search"));

    private static final String COLUMNS = "select id, owner, title, content, tags, created_at, updated_at from notes";
    private static final String ORDER = " order by updated_at desc, id desc limit ?";
    private static final String FIRST_PAGE = COLUMNS + " where owner = ?" + ORDER;
    private static final String NEXT_PAGE = COLUMNS + " where owner = ? and (updated_at, id) < (?, ?)" + ORDER;

    private final DSLContext db;

    public PostgresNoteRepository(DataSource dataSource) {
        this.db = PostgresDsl.create(dataSource);
    }

    @Override
    public void add(Note note) {
        db.executeInsert(toRecord(note));
    }

    @Override
    public Optional<Note> find(UserId owner, NoteId id) {
        return db.selectFrom(NOTES).where(owned(owner, id)).fetchOptional().map(PostgresNoteRepository::toNote);
    }

    @Override
    public Optional<Note> update(UserId owner, NoteId id, UnaryOperator<Note> change) {
        return db.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            Optional<Note> current = t.selectFrom(NOTES).where(owned(owner, id)).forUpdate()
                    .fetchOptional().map(PostgresNoteRepository::toNote);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Note changed = change.apply(current.get());
            if (!changed.id().equals(id) || !changed.owner().equals(owner)) {
                throw new IllegalArgumentException("an update must not change a note's id or owner");
            }
            t.update(NOTES)
                    .set(NOTES.TITLE, changed.title().value())
                    .set(NOTES.CONTENT, changed.content().value())
                    .set(NOTES.TAGS, tagArray(changed.tags()))
                    .set(NOTES.CREATED_AT, toDb(changed.createdAt()))
                    .set(NOTES.UPDATED_AT, toDb(changed.updatedAt()))
                    .where(owned(owner, id))
                    .execute();
            return Optional.of(changed);
        });
    }

    @Override
    public boolean delete(UserId owner, NoteId id) {
        return db.deleteFrom(NOTES).where(owned(owner, id)).execute() == 1;
    }

    @Override
    public NotePage list(NoteListQuery query) {
        if (query.tag().isEmpty()) {
            return NotePage.fromLookahead(PlainJdbc.run(db, connection -> page(connection, query)), query.limit());
        }
        Condition condition = NOTES.OWNER.eq(query.owner().value());
        if (query.tag().isPresent()) {
            condition = condition.and(NOTES.TAGS.contains(new String[]{query.tag().get().value()}));
        }
        if (query.after().isPresent()) {
            NoteCursor cursor = query.after().get();
            condition = condition.and(DSL.row(NOTES.UPDATED_AT, NOTES.ID)
                    .lt(toDb(cursor.updatedAt()), UUID.fromString(cursor.id().value())));
        }
        List<Note> notesPlusOne = db.selectFrom(NOTES)
                .where(condition)
                .orderBy(NOTES.UPDATED_AT.desc(), NOTES.ID.desc())
                .limit(query.limit().value() + 1)
                .fetch(PostgresNoteRepository::toNote);
        return NotePage.fromLookahead(notesPlusOne, query.limit());
    }

    /** The hottest statement (list_notes without a tag) as fixed SQL: the same plan as the jOOQ query above. */
    private static List<Note> page(Connection connection, NoteListQuery query) throws SQLException {
        String sql = query.after().isEmpty() ? FIRST_PAGE : NEXT_PAGE;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            statement.setString(parameter++, query.owner().value());
            if (query.after().isPresent()) {
                NoteCursor cursor = query.after().get();
                statement.setObject(parameter++, toDb(cursor.updatedAt()));
                statement.setObject(parameter++, UUID.fromString(cursor.id().value()));
            }
            statement.setInt(parameter, query.limit().value() + 1);
            List<Note> notes = new ArrayList<>(query.limit().value() + 1);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    notes.add(toNote(rows));
                }
            }
            return notes;
        }
    }

    private static Note toNote(ResultSet row) throws SQLException {
        return new Note(new NoteId(row.getObject(1, UUID.class).toString()), new UserId(row.getString(2)),
                new Title(row.getString(3)), new NoteContent(row.getString(4)),
                Tags.of(Arrays.asList((String[]) row.getArray(5).getArray())),
                fromDb(row.getObject(6, OffsetDateTime.class)), fromDb(row.getObject(7, OffsetDateTime.class)));
    }

    /**
     * Matches notes containing any of the query's words (as {@link SearchQuery} does), each word
     * through {@code plainto_tsquery('simple', …)} so nothing in the text is read as an operator.
     */
    @Override
    public List<SearchHit> search(UserId owner, SearchQuery query, PageLimit limit) {
        Field<Object> tsQuery = query.terms().stream()
                .map(term -> DSL.field("plainto_tsquery('simple'::regconfig, {0})", Object.class, DSL.val(term)))
                .reduce((a, b) -> DSL.field("({0} || {1})", Object.class, a, b))
                .orElseThrow();
        Field<Double> rank = DSL.field("ts_rank({0}, {1})::float8", SQLDataType.DOUBLE, SEARCH, tsQuery).as("rank");
        return db.select(rank).select(NOTES.fields())
                .from(NOTES)
                .where(NOTES.OWNER.eq(owner.value()))
                .and(DSL.condition("{0} @@ {1}", SEARCH, tsQuery))
                .orderBy(DSL.field(DSL.name("rank")).desc(), NOTES.UPDATED_AT.desc(), NOTES.ID.desc())
                .limit(limit.value())
                .fetch(r -> new SearchHit(toNote(r.into(NOTES)), r.get(rank)));
    }

    private static Condition owned(UserId owner, NoteId id) {
        return NOTES.ID.eq(UUID.fromString(id.value())).and(NOTES.OWNER.eq(owner.value()));
    }

    private static String[] tagArray(Tags tags) {
        return tags.names().toArray(String[]::new);
    }

    private static NotesRecord toRecord(Note note) {
        return new NotesRecord(UUID.fromString(note.id().value()), note.owner().value(), note.title().value(),
                note.content().value(), tagArray(note.tags()), toDb(note.createdAt()), toDb(note.updatedAt()));
    }

    private static Note toNote(NotesRecord r) {
        return new Note(new NoteId(r.getId().toString()), new UserId(r.getOwner()), new Title(r.getTitle()),
                new NoteContent(r.getContent()), Tags.of(Arrays.asList(r.getTags())),
                fromDb(r.getCreatedAt()), fromDb(r.getUpdatedAt()));
    }
}
