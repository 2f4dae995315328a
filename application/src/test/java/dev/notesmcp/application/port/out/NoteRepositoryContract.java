package dev.notesmcp.application.port.out;

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
import dev.notesmcp.domain.note.Tag;
import dev.notesmcp.domain.note.Tags;
import dev.notesmcp.domain.note.Title;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import static dev.notesmcp.application.port.out.NoteFixtures.at;
import static dev.notesmcp.application.port.out.NoteFixtures.contentChange;
import static dev.notesmcp.application.port.out.NoteFixtures.freshOwner;
import static dev.notesmcp.application.port.out.NoteFixtures.note;
import static dev.notesmcp.application.port.out.NoteFixtures.noteWithId;
import static dev.notesmcp.application.port.out.NoteFixtures.titleChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link NoteRepository} must do, whatever it stores notes in. A store's test extends
 * this class and supplies {@link #newRepository()}; every test uses owners of its own, so a store
 * shared between tests (one database) is fine.
 */
public abstract class NoteRepositoryContract {

    private static final int THREADS = 50;

    protected final UserId alice = freshOwner();
    protected final UserId bob = freshOwner();
    protected NoteRepository notes;

    /** The store under test; may be shared between tests, but must be usable on its own. */
    protected abstract NoteRepository newRepository();

    @BeforeEach
    void createRepository() {
        notes = newRepository();
    }

    // ---- helpers

    private Note stored(Note note) {
        notes.add(note);
        return note;
    }

    private Note stored(UserId owner, String title, String content, Instant at, String... tags) {
        return stored(note(owner, title, content, at, tags));
    }

    /** {@code count} notes of {@code owner}, one second apart, added in a shuffled order; returned newest first. */
    private List<Note> storedNotes(UserId owner, int count) {
        List<Note> created = new ArrayList<>(IntStream.range(0, count)
                .mapToObj(i -> note(owner, "note " + i, "", at(i)))
                .toList());
        List<Note> shuffled = new ArrayList<>(created);
        Collections.shuffle(shuffled, new Random(42));
        shuffled.forEach(notes::add);
        created.sort(Note.NEWEST_FIRST);
        return created;
    }

    private NotePage page(UserId owner, int limit) {
        return notes.list(new NoteListQuery(owner, new PageLimit(limit), Optional.empty(), Optional.empty()));
    }

    private NotePage page(UserId owner, int limit, Optional<NoteCursor> after, Optional<Tag> tag) {
        return notes.list(new NoteListQuery(owner, new PageLimit(limit), after, tag));
    }

    /** Follows {@code nextCursor} to the end; fails if it does not end. */
    private List<NotePage> allPages(UserId owner, int limit, Optional<Tag> tag) {
        List<NotePage> pages = new ArrayList<>();
        Optional<NoteCursor> cursor = Optional.empty();
        do {
            NotePage page = page(owner, limit, cursor, tag);
            pages.add(page);
            cursor = page.nextCursor();
            assertThat(pages).as("pages so far").hasSizeLessThan(1_000);
        } while (cursor.isPresent());
        return pages;
    }

    private static List<Note> notesOf(List<NotePage> pages) {
        return pages.stream().flatMap(p -> p.notes().stream()).toList();
    }

    private static List<NoteId> idsOf(List<Note> notes) {
        return notes.stream().map(Note::id).toList();
    }

    private List<SearchHit> search(UserId owner, String query, int limit) {
        return notes.search(owner, new SearchQuery(query), new PageLimit(limit));
    }

    private static List<Note> notesOfHits(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::note).toList();
    }

    /** Runs {@code task(i)} for i in 0..threads-1, all released at once; rethrows the first failure. */
    private static void runConcurrently(int threads, IntConsumer task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    task.accept(index);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- add and find

    @Test
    void findsAnAddedNoteExactlyAsAdded() {
        Note note = stored(alice, "Shopping", "milk, eggs", at(0), "home", "todo");

        assertThat(notes.find(alice, note.id())).contains(note);
    }

    /** Well-formed astral characters (the domain refuses lone surrogates) survive every store unchanged, not as '?'. */
    @Test
    void keepsAstralCharactersExactly() {
        Note note = stored(alice, "memo \uD83D\uDCDD", "clef \uD834\uDD1E and \uDBFF\uDFFF", at(0), "\uD83D\uDE00");

        assertThat(notes.find(alice, note.id())).contains(note);
        assertThat(notesOfHits(search(alice, "memo", 10))).containsExactly(note);
        assertThat(page(alice, 10, Optional.empty(), Optional.of(new Tag("\uD83D\uDE00"))).notes()).containsExactly(note);
    }

    @Test
    void findsNothingForAnUnknownId() {
        stored(alice, "Shopping", "", at(0));

        assertThat(notes.find(alice, NoteId.random())).isEmpty();
    }

    @Test
    void keepsTimesToTheMicrosecond() {
        Instant micros = Instant.parse("2025-03-01T12:00:00.123456Z");
        Note note = stored(new Note(NoteId.random(), alice, new Title("t"),
                NoteContent.empty(), Tags.none(), micros,
                micros.plusNanos(1_000)));

        Note found = notes.find(alice, note.id()).orElseThrow();

        assertThat(found.createdAt()).isEqualTo(micros);
        assertThat(found.updatedAt()).isEqualTo(micros.plusNanos(1_000));
    }

    @Test
    void keepsCreationAndUpdateTimesApart() {
        Note note = stored(new Note(NoteId.random(), alice, new Title("t"),
                NoteContent.empty(), Tags.none(), at(0), at(90)));

        assertThat(notes.find(alice, note.id())).contains(note);
    }

    // ---- another owner's note behaves exactly like a missing one

    @Test
    void anotherOwnerCannotFindTheNote() {
        Note note = stored(alice, "Private", "secret", at(0));

        assertThat(notes.find(bob, note.id())).isEmpty();
    }

    @Test
    void anotherOwnerCannotUpdateTheNote() {
        Note note = stored(alice, "Private", "secret", at(0));
        AtomicBoolean changeSawANote = new AtomicBoolean();

        Optional<Note> result = notes.update(bob, note.id(), n -> {
            changeSawANote.set(true);
            return n.apply(titleChange("hijacked"), at(1));
        });

        assertThat(result).isEmpty();
        assertThat(changeSawANote).as("the change was shown another owner's note").isFalse();
        assertThat(notes.find(alice, note.id())).contains(note);
    }

    @Test
    void anotherOwnerCannotDeleteTheNote() {
        Note note = stored(alice, "Private", "secret", at(0));

        assertThat(notes.delete(bob, note.id())).isFalse();
        assertThat(notes.find(alice, note.id())).contains(note);
    }

    @Test
    void anotherOwnersNoteAnswersLikeAMissingOne() {
        Note alices = stored(alice, "Private", "secret", at(0));
        NoteId missing = NoteId.random();

        assertThat(notes.find(bob, alices.id())).isEqualTo(notes.find(bob, missing));
        assertThat(notes.update(bob, alices.id(), UnaryOperator.identity()))
                .isEqualTo(notes.update(bob, missing, UnaryOperator.identity()));
        assertThat(notes.delete(bob, alices.id())).isEqualTo(notes.delete(bob, missing));
    }

    @Test
    void anotherOwnersNotesAreNotListed() {
        stored(alice, "Private", "secret", at(0));

        NotePage page = page(bob, 100);

        assertThat(page.notes()).isEmpty();
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void listsOnlyTheOwnersNotesWhenBothHaveSome() {
        Note alices = stored(alice, "Alice's", "", at(1));
        Note bobs = stored(bob, "Bob's", "", at(2));

        assertThat(page(alice, 100).notes()).containsExactly(alices);
        assertThat(page(bob, 100).notes()).containsExactly(bobs);
    }

    @Test
    void aCursorFromAnotherOwnersListShowsOnlyOnesOwnNotes() {
        storedNotes(alice, 5);
        List<Note> bobs = storedNotes(bob, 3);
        NoteCursor alicesCursor = page(alice, 2).nextCursor().orElseThrow();

        NotePage page = page(bob, 100, Optional.of(alicesCursor), Optional.empty());

        assertThat(page.notes()).isSubsetOf(bobs);
    }

    @Test
    void anotherOwnersNotesAreNotSearched() {
        stored(alice, "Secret plans", "secret", at(0), "secret");

        assertThat(search(bob, "secret", 100)).isEmpty();
    }

    @Test
    void searchesOnlyTheOwnersNotesWhenBothMatch() {
        Note alices = stored(alice, "Budget", "", at(0));
        stored(bob, "Budget", "", at(0));

        assertThat(notesOfHits(search(alice, "budget", 100))).containsExactly(alices);
    }

    // ---- update

    @Test
    void updateStoresAndReturnsTheChangedNote() {
        Note note = stored(alice, "Old title", "body", at(0));

        Optional<Note> updated = notes.update(alice, note.id(), n -> n.apply(titleChange("New title"), at(10)));

        Note expected = note.apply(titleChange("New title"), at(10));
        assertThat(updated).contains(expected);
        assertThat(notes.find(alice, note.id())).contains(expected);
    }

    @Test
    void updateHandsTheChangeTheStoredNote() {
        Note note = stored(alice, "Title", "body", at(0), "tag");
        List<Note> seen = new ArrayList<>();

        notes.update(alice, note.id(), n -> {
            seen.add(n);
            return n.apply(titleChange("changed"), at(1));
        });

        assertThat(seen).containsExactly(note);
    }

    @Test
    void updateOfAMissingNoteIsEmptyAndDoesNotRunTheChange() {
        AtomicBoolean ran = new AtomicBoolean();

        Optional<Note> result = notes.update(alice, NoteId.random(), n -> {
            ran.set(true);
            return n;
        });

        assertThat(result).isEmpty();
        assertThat(ran).isFalse();
    }

    @Test
    void aFailingChangeLeavesTheNoteAsItWas() {
        Note note = stored(alice, "Title", "body", at(0));

        assertThatThrownBy(() -> notes.update(alice, note.id(), n -> {
            throw new IllegalStateException("change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(notes.find(alice, note.id())).contains(note);
        assertThat(page(alice, 100).notes()).containsExactly(note);
    }

    @Test
    void updateMovesTheNoteToTheFrontOfTheList() {
        List<Note> newestFirst = storedNotes(alice, 3);
        Note oldest = newestFirst.getLast();

        Note updated = notes.update(alice, oldest.id(), n -> n.apply(titleChange("edited"), at(100))).orElseThrow();

        assertThat(page(alice, 100).notes()).containsExactly(updated, newestFirst.get(0), newestFirst.get(1));
    }

    @Test
    void updateOfADeletedNoteIsEmpty() {
        Note note = stored(alice, "Title", "", at(0));
        notes.delete(alice, note.id());

        assertThat(notes.update(alice, note.id(), n -> n.apply(titleChange("back"), at(1)))).isEmpty();
        assertThat(notes.find(alice, note.id())).isEmpty();
    }

    // ---- delete

    @Test
    void deleteSucceedsOnceThenFindsNothing() {
        Note note = stored(alice, "Title", "", at(0));

        assertThat(notes.delete(alice, note.id())).isTrue();
        assertThat(notes.delete(alice, note.id())).isFalse();
        assertThat(notes.find(alice, note.id())).isEmpty();
    }

    @Test
    void deleteOfAnUnknownIdIsFalse() {
        assertThat(notes.delete(alice, NoteId.random())).isFalse();
    }

    @Test
    void deleteLeavesTheOwnersOtherNotesAlone() {
        Note kept = stored(alice, "Kept", "", at(0));
        Note gone = stored(alice, "Gone", "", at(1));

        notes.delete(alice, gone.id());

        assertThat(notes.find(alice, kept.id())).contains(kept);
        assertThat(page(alice, 100).notes()).containsExactly(kept);
    }

    @Test
    void aDeletedNoteIsNeitherListedNorFound() {
        Note note = stored(alice, "Findable", "needle", at(0), "tag");

        notes.delete(alice, note.id());

        assertThat(page(alice, 100).notes()).isEmpty();
        assertThat(page(alice, 100, Optional.empty(), Optional.of(new Tag("tag"))).notes()).isEmpty();
        assertThat(search(alice, "needle", 100)).isEmpty();
    }

    // ---- list

    @Test
    void listOfAnOwnerWithoutNotesIsEmpty() {
        NotePage page = page(alice, 20);

        assertThat(page.notes()).isEmpty();
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void listsNewestFirst() {
        List<Note> newestFirst = storedNotes(alice, 5);

        assertThat(page(alice, 100).notes()).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void listsNotesOfTheSameTimeByDescendingId() {
        Note low = stored(noteWithId(new NoteId("00000000-0000-4000-8000-000000000001"), alice, at(5)));
        Note high = stored(noteWithId(new NoteId("ffffffff-0000-4000-8000-000000000001"), alice, at(5)));
        Note mid = stored(noteWithId(new NoteId("80000000-0000-4000-8000-000000000001"), alice, at(5)));

        assertThat(page(alice, 100).notes()).containsExactly(high, mid, low);
    }

    @Test
    void listReturnsAtMostTheLimitAndACursorAfterTheLastNote() {
        List<Note> newestFirst = storedNotes(alice, 5);

        NotePage page = page(alice, 3);

        assertThat(page.notes()).containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(page.nextCursor()).contains(NoteCursor.after(newestFirst.get(2)));
    }

    @Test
    void listOfExactlyTheLimitHasNoNextCursor() {
        storedNotes(alice, 3);

        NotePage page = page(alice, 3);

        assertThat(page.notes()).hasSize(3);
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void listWithALimitOfOneReturnsOneNote() {
        List<Note> newestFirst = storedNotes(alice, 2);

        NotePage page = page(alice, 1);

        assertThat(page.notes()).containsExactly(newestFirst.getFirst());
        assertThat(page.nextCursor()).isPresent();
    }

    @Test
    void pagingThroughTwentyFiveNotesTenAtATime() {
        List<Note> newestFirst = storedNotes(alice, 25);

        List<NotePage> pages = allPages(alice, 10, Optional.empty());

        assertThat(pages).extracting(p -> p.notes().size()).containsExactly(10, 10, 5);
        assertThat(pages.get(0).nextCursor()).isPresent();
        assertThat(pages.get(1).nextCursor()).isPresent();
        assertThat(pages.get(2).nextCursor()).isEmpty();
        assertThat(idsOf(notesOf(pages))).doesNotHaveDuplicates().hasSize(25);
        assertThat(notesOf(pages)).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void pagingThroughNotesThatShareOneTime() {
        List<Note> sameTime = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sameTime.add(stored(note(alice, "note " + i, "", at(7))));
        }
        sameTime.sort(Note.NEWEST_FIRST);

        List<NotePage> pages = allPages(alice, 5, Optional.empty());

        assertThat(pages).extracting(p -> p.notes().size()).containsExactly(5, 5, 2);
        assertThat(notesOf(pages)).containsExactlyElementsOf(sameTime);
    }

    @Test
    void aCursorStillWorksAfterItsNoteIsDeleted() {
        List<Note> newestFirst = storedNotes(alice, 6);
        NotePage first = page(alice, 3);
        notes.delete(alice, first.notes().getLast().id());

        NotePage second = page(alice, 3, first.nextCursor(), Optional.empty());

        assertThat(second.notes()).containsExactlyElementsOf(newestFirst.subList(3, 6));
    }

    /** The extreme times NoteCursor.decode accepts are ones every store can compare against. */
    @Test
    void cursorsAtTheEarliestAndLatestDecodableTimesWork() {
        List<Note> all = storedNotes(alice, 3);
        String id = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
        NoteCursor latest = NoteCursor.decode(cursorToken(253_402_300_799_999_999L, id));
        NoteCursor earliest = NoteCursor.decode(cursorToken(-62_135_596_800_000_000L, id));

        assertThat(page(alice, 10, Optional.of(latest), Optional.empty()).notes()).isEqualTo(all);
        assertThat(page(alice, 10, Optional.of(earliest), Optional.empty()).notes()).isEmpty();
    }

    private static String cursorToken(long micros, String id) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + "/" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aDecodedCursorWorksLikeTheOriginal() {
        storedNotes(alice, 6);
        NoteCursor cursor = page(alice, 2).nextCursor().orElseThrow();

        NotePage fromDecoded = page(alice, 2, Optional.of(NoteCursor.decode(cursor.encode())), Optional.empty());

        assertThat(fromDecoded).isEqualTo(page(alice, 2, Optional.of(cursor), Optional.empty()));
    }

    @Test
    void tagFilterListsOnlyNotesWithThatTag() {
        Note work = stored(alice, "Work", "", at(1), "work");
        Note both = stored(alice, "Both", "", at(2), "home", "work");
        stored(alice, "Home", "", at(3), "home");
        stored(alice, "None", "work", at(4));

        NotePage page = page(alice, 100, Optional.empty(), Optional.of(new Tag("work")));

        assertThat(page.notes()).containsExactly(both, work);
    }

    @Test
    void tagFilterMatchesWholeTagsOnly() {
        stored(alice, "Workshop", "", at(1), "workshop");
        stored(alice, "Homework", "", at(2), "homework");
        Note exact = stored(alice, "Work", "", at(3), "work");

        assertThat(page(alice, 100, Optional.empty(), Optional.of(new Tag("work"))).notes()).containsExactly(exact);
    }

    @Test
    void tagFilterTreatsWildcardCharactersLiterally() {
        Note percent = stored(alice, "Percent", "", at(1), "%");
        stored(alice, "Other", "", at(2), "anything");
        Note underscore = stored(alice, "Underscore", "", at(3), "_");
        stored(alice, "Letter", "", at(4), "x");

        assertThat(page(alice, 100, Optional.empty(), Optional.of(new Tag("%"))).notes()).containsExactly(percent);
        assertThat(page(alice, 100, Optional.empty(), Optional.of(new Tag("_"))).notes()).containsExactly(underscore);
    }

    @Test
    void tagFilterWithPagingWalksAllTaggedNotesInOrder() {
        List<Note> tagged = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Note note = i % 2 == 0
                    ? stored(alice, "tagged " + i, "", at(i), "work")
                    : stored(alice, "plain " + i, "", at(i), "other");
            if (i % 2 == 0) {
                tagged.add(note);
            }
        }
        tagged.sort(Note.NEWEST_FIRST);

        List<NotePage> pages = allPages(alice, 5, Optional.of(new Tag("work")));

        assertThat(pages).extracting(p -> p.notes().size()).containsExactly(5, 5, 3);
        assertThat(notesOf(pages)).containsExactlyElementsOf(tagged);
    }

    @Test
    void tagFilterGivesANextCursorOnlyWhenMoreTaggedNotesFollow() {
        for (int i = 0; i < 3; i++) {
            stored(alice, "tagged " + i, "", at(100 + i), "work");
        }
        for (int i = 0; i < 10; i++) {
            stored(alice, "older untagged " + i, "", at(i));
        }

        NotePage page = page(alice, 3, Optional.empty(), Optional.of(new Tag("work")));

        assertThat(page.notes()).hasSize(3);
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void tagFilterForATagNobodyUsesIsEmpty() {
        storedNotes(alice, 3);

        NotePage page = page(alice, 10, Optional.empty(), Optional.of(new Tag("unused")));

        assertThat(page.notes()).isEmpty();
        assertThat(page.nextCursor()).isEmpty();
    }

    // ---- search

    @Test
    void searchFindsOnlyMatchingNotes() {
        Note match = stored(alice, "Groceries", "buy apples", at(0));
        stored(alice, "Work", "finish report", at(1));

        assertThat(notesOfHits(search(alice, "apples", 100))).containsExactly(match);
    }

    @Test
    void searchFindsNothingWhenNothingMatches() {
        stored(alice, "Groceries", "buy apples", at(0));

        assertThat(search(alice, "zeppelin", 100)).isEmpty();
    }

    @Test
    void searchOfAnOwnerWithoutNotesIsEmpty() {
        assertThat(search(alice, "anything", 100)).isEmpty();
    }

    @Test
    void searchRanksATitleMatchAboveAContentMatch() {
        Note inContent = stored(alice, "Weekend", "we could visit paris", at(2));
        Note inTitle = stored(alice, "Paris", "we could visit it", at(1));

        assertThat(notesOfHits(search(alice, "paris", 100))).containsExactly(inTitle, inContent);
    }

    @Test
    void searchRanksATagMatchAboveAContentMatch() {
        Note inContent = stored(alice, "Weekend", "we could visit paris", at(2));
        Note inTag = stored(alice, "Holiday", "we could visit it", at(1), "paris");

        assertThat(notesOfHits(search(alice, "paris", 100))).containsExactly(inTag, inContent);
    }

    @Test
    void searchIsCaseInsensitive() {
        Note note = stored(alice, "MEETING notes", "Agenda", at(0));

        assertThat(notesOfHits(search(alice, "meeting", 100))).containsExactly(note);
        assertThat(notesOfHits(search(alice, "aGeNdA", 100))).containsExactly(note);
    }

    @Test
    void searchReturnsAtMostTheLimitKeepingTheBest() {
        Note best = stored(alice, "Paris", "paris", at(0), "paris");
        Note second = stored(alice, "Paris", "nothing", at(1));
        for (int i = 0; i < 5; i++) {
            stored(alice, "Trip " + i, "paris", at(2 + i));
        }

        List<SearchHit> hits = search(alice, "paris", 2);

        assertThat(notesOfHits(hits)).containsExactly(best, second);
    }

    @Test
    void searchHitsComeBestFirst() {
        stored(alice, "Paris", "paris paris", at(0), "paris");
        stored(alice, "Paris", "", at(1));
        stored(alice, "Trip", "paris", at(2));
        stored(alice, "Trip", "", at(3), "paris");

        List<SearchHit> hits = search(alice, "paris", 100);

        assertThat(hits).hasSize(4);
        assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(hits).allSatisfy(hit -> assertThat(hit.score()).isPositive());
    }

    @Test
    void searchHitsCarryTheWholeNote() {
        Note note = stored(alice, "Paris", "the long body", at(0), "travel", "2025");

        assertThat(search(alice, "paris", 10)).singleElement().extracting(SearchHit::note).isEqualTo(note);
    }

    @Test
    void searchSeesUpdates() {
        Note note = stored(alice, "Before", "", at(0));
        notes.update(alice, note.id(), n -> n.apply(titleChange("After"), at(1)));

        assertThat(search(alice, "before", 10)).isEmpty();
        assertThat(notesOfHits(search(alice, "after", 10))).extracting(Note::id).containsExactly(note.id());
    }

    // ---- hostile text is stored verbatim

    @Test
    void storesHostileTextVerbatim() {
        String title = "Robert'); DROP TABLE notes;-- \"quoted\" \\back\\slash $$dollar$$ %_";
        String content = String.join("\n",
                "'; DELETE FROM notes WHERE '1'='1",
                "\" OR \"\"=\"",
                "<script>alert('x')</script>",
                "C:\\path\\to\\file \\n not a newline",
                "tabs\tand\r\nCRLF",
                "emoji \uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
                "RTL \u202Eevil\u202C and \u05E9\u05DC\u05D5\u05DD",
                "combining e\u0301 vs \u00e9, zero width a\u200Bb, BOM \uFEFF",
                "CJK 日本語, math \uD835\uDC00",
                "percent 100% underscore a_b ${jndi:ldap://x}");
        Note note = stored(alice, title, content, at(0), "'", "\"", "%", "_", "\\", "--", "$1", "\uD83D\uDE00", "日本");

        assertThat(notes.find(alice, note.id())).contains(note);
        assertThat(page(alice, 10).notes()).containsExactly(note);
        assertThat(notesOfHits(search(alice, "robert", 10))).containsExactly(note);
    }

    @Test
    void storesTheLongestContentVerbatim() {
        StringBuilder content = new StringBuilder();
        String pattern = "ab\uD83D\uDE00'\"\\%\n";  // 8 code points, 9 chars
        while (content.codePointCount(0, content.length()) + 8 <= 100_000) {
            content.append(pattern);
        }
        while (content.codePointCount(0, content.length()) < 100_000) {
            content.append('z');
        }
        Note note = stored(alice, "Long", content.toString(), at(0));

        Note found = notes.find(alice, note.id()).orElseThrow();

        assertThat(found.content().value().codePointCount(0, found.content().value().length())).isEqualTo(100_000);
        assertThat(found).isEqualTo(note);
    }

    @Test
    void storesTheLongestTitleOfEmoji() {
        Note note = stored(alice, "\uD83D\uDCDD".repeat(200), "", at(0));

        assertThat(notes.find(alice, note.id())).contains(note);
    }

    @Test
    void keepsTwentyTagsInTheirOrder() {
        String[] names = IntStream.range(0, 20).mapToObj(i -> "t" + (19 - i)).toArray(String[]::new);
        Note note = stored(alice, "Tagged", "", at(0), names);

        assertThat(notes.find(alice, note.id()).orElseThrow().tags().names()).containsExactly(names);
    }

    // ---- concurrency

    @Test
    void concurrentUpdatesOfOneNoteAreAllApplied() throws Exception {
        Note note = stored(alice, "Counter", "", at(0));

        runConcurrently(THREADS, i -> notes.update(alice, note.id(),
                n -> n.apply(contentChange(n.content().value() + "x"), at(1))));

        Note result = notes.find(alice, note.id()).orElseThrow();
        assertThat(result.content().value()).isEqualTo("x".repeat(THREADS));
        assertThat(page(alice, 100).notes()).containsExactly(result);
    }

    @Test
    void concurrentCreatesAreAllKept() throws Exception {
        Set<NoteId> created = ConcurrentHashMap.newKeySet();

        runConcurrently(THREADS, i -> {
            for (int k = 0; k < 3; k++) {
                Note note = note(alice, "thread " + i + " note " + k, "", at(i));
                notes.add(note);
                created.add(note.id());
            }
        });

        List<Note> listed = notesOf(allPages(alice, 100, Optional.empty()));
        assertThat(idsOf(listed)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(listed).isSortedAccordingTo(Note.NEWEST_FIRST);
    }

    @Test
    void listingWhileOthersWriteNeverShowsANoteTwice() throws Exception {
        List<Note> existing = storedNotes(alice, 40);
        AtomicInteger clock = new AtomicInteger(1_000);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

        runConcurrently(THREADS, i -> {
            for (int r = 0; r < 20; r++) {
                int round = r;
                if (i % 2 == 0) {
                    Note target = existing.get((i + round) % existing.size());
                    notes.update(alice, target.id(), n -> n.apply(titleChange("edit " + i + "/" + round), at(clock.incrementAndGet())));
                } else if (i % 5 == 1) {
                    notes.add(note(alice, "new " + i + "/" + round, "", at(clock.incrementAndGet())));
                } else {
                    List<Note> page = page(alice, 100).notes();
                    Set<NoteId> ids = new HashSet<>(idsOf(page));
                    if (ids.size() != page.size()) {
                        problems.add("duplicate ids in a page of " + page.size());
                    }
                    for (int k = 1; k < page.size(); k++) {
                        if (Note.NEWEST_FIRST.compare(page.get(k - 1), page.get(k)) >= 0) {
                            problems.add("page out of order at " + k);
                        }
                    }
                }
            }
        });

        assertThat(problems).isEmpty();
        List<Note> listed = notesOf(allPages(alice, 100, Optional.empty()));
        assertThat(idsOf(listed)).doesNotHaveDuplicates().containsAll(idsOf(existing));
    }

    @Test
    void concurrentDeletesSucceedExactlyOnce() throws Exception {
        Note note = stored(alice, "Contested", "", at(0));
        AtomicInteger successes = new AtomicInteger();

        runConcurrently(THREADS, i -> {
            if (notes.delete(alice, note.id())) {
                successes.incrementAndGet();
            }
        });

        assertThat(successes).hasValue(1);
        assertThat(notes.find(alice, note.id())).isEmpty();
    }
}
