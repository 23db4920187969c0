"""Settling gives way to queries: ``InFlight`` counts the queries under way and lets work
that can wait, wait for them (never for ever)."""

from __future__ import annotations

import threading
import time

import numpy as np
import polars as pl

from ingram_desk.catalogue.columns import rank_of
from ingram_desk.catalogue.indexed import short_masks
from ingram_desk.catalogue.indexing import _WORDS_STEP, build_indexes
from ingram_desk.catalogue.parse import snapshot_of
from ingram_desk.catalogue.priority import InFlight
from ingram_desk.catalogue.query import CatalogueQuery
from tests.fixtures.catalogue import SAMPLE_PRICE_FILE


def test_work_that_can_wait_waits_for_the_query_under_way() -> None:
    flight, order = InFlight(), []
    entered, release = threading.Event(), threading.Event()

    def query() -> None:
        with flight:
            entered.set()
            release.wait()
            order.append("query")

    searching = threading.Thread(target=query)
    searching.start()
    entered.wait()
    settling = threading.Thread(target=lambda: (flight.wait_idle(60), order.append("settle")))
    settling.start()
    release.set()
    searching.join()
    settling.join()
    assert order == ["query", "settle"]


def test_work_that_can_wait_is_never_starved_and_idle_means_at_once() -> None:
    flight = InFlight()
    flight.wait_idle(60)  # no query: returns at once
    with flight:
        flight.wait_idle(0.01)  # a query that never ends holds nothing up for long


def test_work_held_for_a_pause_waits_for_the_queries_to_pause_never_for_ever() -> None:
    """Once the index serves, a settle step waits for the clerk to pause (keys typed beside a
    step took two to four times as long), but never longer than it is allowed."""
    flight = InFlight()
    began = time.monotonic()
    flight.wait_quiet(60, 60)  # no query yet: at once
    assert time.monotonic() - began < 1
    with flight:
        pass
    began = time.monotonic()
    flight.wait_quiet(0.2, 60)  # one just ended: until it is 0.2 s ago
    assert 0.15 <= time.monotonic() - began < 5

    typing = threading.Event()

    def keys() -> None:  # a key every 50 ms for 0.5 s: the pause comes after the last
        for _ in range(10):
            with flight:
                time.sleep(0.01)
            time.sleep(0.04)
        typing.set()

    began = time.monotonic()
    threading.Thread(target=keys).start()
    time.sleep(0.02)
    flight.wait_quiet(0.2, 60)
    assert typing.is_set() and 0.6 <= time.monotonic() - began < 5
    with flight:  # a query that never ends holds it up only as long as allowed
        began = time.monotonic()
        flight.wait_quiet(0.2, 0.3)
        assert 0.25 <= time.monotonic() - began < 5


def test_a_query_under_way_or_just_ended_counts_as_recent() -> None:
    """Settle sorts on one of polars' threads while searches come (``recent``)."""
    flight = InFlight()
    assert not flight.recent()  # none yet
    with flight:
        assert flight.recent(0.0)
    assert flight.recent(3600.0) and not flight.recent(0.0)


def test_a_rank_sorted_on_one_thread_is_the_rank_sorted_on_every_core() -> None:
    values = pl.Series(["b", None, "a", "b", "c", "a", None] * 3000)
    assert rank_of(values, every_core=False).equals(rank_of(values))


def test_a_snapshot_settles_while_it_answers_and_answers_alike() -> None:
    snap = snapshot_of(SAMPLE_PRICE_FILE)
    query = CatalogueQuery(text="a")
    before = snap.query_ids(query).tolist()
    settling = threading.Thread(target=snap.settle)
    settling.start()
    during = [snap.query_ids(query).tolist() for _ in range(5)]
    settling.join()
    assert snap.settled and during == [before] * 5 and snap.query_ids(query).tolist() == before


def test_the_word_index_and_the_letter_masks_wait_for_a_query_in_flight() -> None:
    """Searches scan while the word index is made: each slice of it, and each step of the
    one-letter masks after it, starts only once no query is under way (``pause``), so a scan
    no longer shares the cores with it; what is made is what is made without pausing."""
    text = snapshot_of(SAMPLE_PRICE_FILE).frame.get_column("_text")
    text = pl.concat([text] * (2 * _WORDS_STEP // text.len() + 1))  # three slices
    alone = build_indexes(text)
    query, paused, built = InFlight(), threading.Event(), []

    def pause() -> None:
        paused.set()
        query.wait_idle(60)

    def build() -> None:
        codes, index = build_indexes(text, pause)
        built.append((codes, index, short_masks(codes, index, "a1", pause)))

    with query:  # a search under way
        worker = threading.Thread(target=build)
        worker.start()
        assert paused.wait(60)
        assert worker.is_alive() and not built  # held until the search ends
    worker.join(60)
    (codes, (words, numbers), short), (alone_codes, alone_index) = built[0], alone
    alone_words, alone_numbers = alone_index
    assert np.array_equal(codes.buf, alone_codes.buf)
    assert words.words.equals(alone_words.words) and words.rows.equals(alone_words.rows)
    assert numbers.rows_with_prefix("4").equals(alone_numbers.rows_with_prefix("4"))
    assert short.keys() == {"a", "1"}
    assert short["a"].equals(short_masks(alone_codes, alone_index, "a", lambda: None)["a"])
