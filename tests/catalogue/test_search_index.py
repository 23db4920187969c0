"""The settled snapshot's structures on their own: word-prefix postings, the part-number
buffer. (Their answers as a catalogue are compared with the store in
``test_snapshot.py``.)"""

from __future__ import annotations

import random
import re
import sys
from types import FrameType

import polars as pl
import pytest

from ingram_desk.catalogue import part_numbers
from ingram_desk.catalogue.indexed import indexed, short_masks
from ingram_desk.catalogue.part_numbers import SCATTERED_ROWS, PartNumbers
from ingram_desk.catalogue.search_index import NumberIndex, WordIndex
from ingram_desk.catalogue.search_text import MIN_SUFFIX


def _words_of(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


def _spaced(texts: list[str]) -> pl.Series:
    """``texts`` as the search text holds them for the index: each separator a space."""
    return pl.Series([" ".join(_words_of(t)) for t in texts], dtype=pl.String)


def test_word_index_finds_every_row_with_a_word_starting_with_the_token() -> None:
    rng = random.Random(3)
    vocabulary = ["switch", "switchbox", "swift", "kabel", "käbel", "16gb", "16", "ø", "x"]
    texts = [
        " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 4)))
        + rng.choice(["", "-poe", "/2m", " (neu)"])
        for _ in range(5_000)
    ]
    index = WordIndex.build(_spaced(texts), step=700)  # several slices
    for token in ["s", "sw", "swi", "switch", "switchb", "k", "kä", "käbel", "1", "16g", "ø",
                  "poe", "2m", "neu", "x", "zz", "switchboxes"]:  # fmt: skip
        expected = [
            i for i, t in enumerate(texts) if any(w.startswith(token) for w in _words_of(t))
        ]
        assert sorted(set(index.rows_with_prefix(token).to_list())) == expected, token


def test_a_word_index_of_nearly_distinct_words_keeps_them_sorted_as_they_are() -> None:
    """EANs: nearly one distinct word per row, so no vocabulary is worth building."""
    rng = random.Random(4)
    eans = [f"{rng.randrange(10**12):013d}" if i % 10 else "" for i in range(3_000)]
    eans[7] = eans[8] = "4006381333931"  # the same EAN twice
    eans[9] = "400-638"  # two words
    index = WordIndex.build(_spaced(eans), step=1_000)
    assert index.starts is None
    for token in ["4006381333931", "4006", "400", "638", eans[1][:5], eans[2], "9999999999999"]:
        expected = [i for i, e in enumerate(eans) if any(w.startswith(token) for w in _words_of(e))]
        assert index.rows_with_prefix(token).sort().to_list() == expected, token


def test_a_word_twice_in_a_row_lists_the_row_once_and_the_postings_stay_sorted() -> None:
    """The search "acme acme switch": the vendor repeated in the description is one posting."""
    texts = ["acme acme switch", "switch", "acme-acme/acme", "", "switch switch acme"] * 300
    index = WordIndex.build(_spaced(texts), step=7)  # a row's repeats within one slice
    acme = [i for i, t in enumerate(texts) if "acme" in t]
    assert index.rows_with_word("acme").to_list() == acme
    assert index.rows_with_prefix("sw").to_list() == [i for i, t in enumerate(texts) if "sw" in t]
    assert index.rows.len() == sum(len(set(_words_of(t))) for t in texts)


def test_a_slice_of_more_words_than_16_bits_number_keeps_each_words_rows() -> None:
    """Over 65,536 distinct words in one slice: their ranks are ordered 16 bits at a time."""
    rng = random.Random(6)
    common = ["acme", "switch", "kabel"]
    texts = [
        f"w{n:05x} {rng.choice(common)} w{rng.randrange(70_000):05x} {rng.choice(common)}"
        for n in range(70_000)
    ]
    index = WordIndex.build(_spaced(texts), step=100_000)  # one slice
    assert index.words.len() == 70_003 and index.starts is not None
    for token in ["w0ffff", "w10000", "w1000", "w1", "acme", "kabel", "sw"]:
        expected = [i for i, t in enumerate(texts) if any(w.startswith(token) for w in t.split())]
        assert sorted(set(index.rows_with_prefix(token).to_list())) == expected, token
    assert index.rows_with_word("w10000").to_list() == [
        i for i, t in enumerate(texts) if "w10000" in t.split()
    ]
    assert index.rows.len() == sum(len(set(t.split())) for t in texts)


def test_a_word_index_builds_under_a_tracer_reading_every_frames_locals() -> None:
    """A debugger or profiler holding the build's locals must not stop it."""

    def tracer(frame: FrameType, _event: str, _arg: object) -> object:
        _ = frame.f_locals  # (kept on the frame: one more reference to each local)
        return tracer

    texts = ["acme switch", "switch acme acme", "kabel"] * 400
    sys.settrace(tracer)
    try:
        index = WordIndex.build(_spaced(texts), step=500)
    finally:
        sys.settrace(None)
    assert index.words.to_list() == ["acme", "kabel", "switch"]
    assert index.rows_with_word("acme").to_list() == [i for i, t in enumerate(texts) if "acme" in t]
    assert index.rows.len() == sum(len(set(t.split())) for t in texts)


def test_an_empty_word_index_answers_nothing() -> None:
    index = WordIndex.build(pl.Series([], dtype=pl.String))
    assert index.rows_with_prefix("a").to_list() == []
    index = WordIndex.build(_spaced(["", "---"]))
    assert index.rows_with_prefix("a").to_list() == [] and index.height == 2


def test_part_numbers_find_literal_substrings_in_all_rows_or_some() -> None:
    rng = random.Random(5)
    alphabet = "abc123 "
    codes = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))) for _ in range(3_000)]
    codes[2_999] = "needle"  # the last row
    codes[5] = "ééa é"  # multi-byte characters
    parts = PartNumbers(pl.Series("_codes", codes))
    for token in ["a", "ab", "abc", "c3c3", "needle", "zz", "é", "éa", "x" * 40]:
        expected = [i for i, code in enumerate(codes) if token in code]
        assert parts.containing(token).to_list() == expected, token
        within = pl.Series(list(range(0, 3_000, 7)), dtype=pl.UInt32)
        assert parts.containing(token, within).to_list() == [i for i in expected if i % 7 == 0]
        literal, hits = parts.search(token, 0)
        assert literal.to_list() == expected and hits is not None and hits.to_list() == expected


def test_part_numbers_apply_the_part_number_rule_like_its_regex() -> None:
    """A token starting a code, or with at least ``after`` characters of its code after it
    (multi-byte characters count once), in all rows or in some."""
    rng = random.Random(9)
    codes = ["".join(rng.choice("ab1é ") for _ in range(rng.randint(0, 12))) for _ in range(4_000)]
    codes += ["ab", "ab ab", " ab", "xab", "xab ", "xabé", "abé x", "aé", "aéé", "a中b"]
    parts = PartNumbers(pl.Series(codes))
    within = pl.Series(list(range(0, len(codes), 3)), dtype=pl.UInt32)
    for token in ["ab", "b1", "1a", "a", "ba1", "é", "aé", "éb"]:
        for after in (0, 1, 2):
            rule = re.compile(rf"(?:^| ){re.escape(token)}|{re.escape(token)}[^ ]{{{after}}}")
            expected = [i for i, code in enumerate(codes) if rule.search(code)]
            literal, hits = parts.search(token, after)
            assert literal.to_list() == [i for i, code in enumerate(codes) if token in code]
            assert hits.to_list() == expected, (token, after)
            some = parts.search(token, after, within)[1]
            assert some.to_list() == [i for i in expected if i % 3 == 0], (token, after)


def test_part_numbers_answer_every_one_byte_token_at_once_as_each_search_does() -> None:
    """``each_byte`` (the one-character masks ``settle`` keeps) in slices of a few rows,
    a row's bytes never cut off from the bytes the rule looks at after them."""
    rng = random.Random(12)
    codes = ["".join(rng.choice("ab1é -") for _ in range(rng.randint(0, 12))) for _ in range(3_000)]
    codes += ["a", " a", "ab", "abc", "aé", "aéé", "xa1 b", "", "b"]
    parts = PartNumbers(pl.Series(codes))
    for after, step in ((0, 37), (1, 37), (2, 37), (3, 37), (2, 1), (2, 10_000)):
        table = parts.each_byte(b"ab1z", after, step=step)  # (scratch arrays reused by steps)
        for line, token in zip(table, "ab1z", strict=True):
            assert line.nonzero()[0].tolist() == parts.search(token, after)[1].to_list()
    assert PartNumbers(pl.Series([], dtype=pl.String)).each_byte(b"ab", 2).shape == (2, 0)


def test_part_numbers_search_a_large_buffer_in_slices_without_losing_hits_at_their_edges() -> None:
    """Over a megabyte the buffer is searched one slice per core: a token straddling where
    one slice ends must still be found once."""
    rng = random.Random(3)
    codes = ["".join(rng.choice("xyz9") for _ in range(rng.randint(1, 15))) for _ in range(200_000)]
    parts = PartNumbers(pl.Series(codes))
    assert len(parts.buf) > 1 << 20
    for token in ["xy", "9z9", "zzzz", "x"]:
        expected = [i for i, code in enumerate(codes) if token in code]
        assert parts.containing(token).to_list() == expected, token
    same = PartNumbers(pl.Series(["q" * (i % 13 + 1) for i in range(150_000)]))
    text = same.buf[:-1].tobytes()
    for token in [b"qq", b"q", b"qqq"]:  # a hit at every offset, so at every slice's edge too
        expected = [m.start() for m in re.finditer(b"(?=" + token + b")", text)]
        assert same._occurrences(token).tolist() == expected, token


def test_number_index_finds_the_same_rows_as_the_word_index_for_digit_codes() -> None:
    rng = random.Random(11)
    codes = [
        "".join(rng.choice("0123456789") for _ in range(rng.choice([0, 8, 12, 13, 14, 19])))
        for _ in range(5_000)
    ]
    codes += ["0000000000000", "9999999999999999999", "0", ""]
    numbers = NumberIndex.build(pl.Series(codes))
    words = WordIndex.build(pl.Series(codes))
    assert numbers is not None and numbers.height == len(codes)
    tokens = ["0", "00", "4", "40", "9999", "12345", "0000000000000", "9999999999999999999"]
    tokens += [code[: rng.randint(1, len(code))] for code in rng.sample(codes, 40) if code]
    tokens += ["x1", "", "12345678901234567890"]
    for token in tokens:
        expected = sorted(words.rows_with_prefix(token).to_list()) if token else []
        assert sorted(numbers.rows_with_prefix(token).to_list()) == expected, token
    assert NumberIndex.build(pl.Series(["123", "12a"])) is None  # not digits: the word index
    assert NumberIndex.build(pl.Series(["1" * 20])) is None  # too long for a number


def test_number_index_read_in_steps_pauses_before_each_and_finds_the_same_rows() -> None:
    """Beside the searches the index pauses between steps (``pause``); read in steps it is
    the index read at once, and a code that is not digits in a later step still means none."""
    rng = random.Random(12)
    codes = [
        "".join(rng.choice("0123456789") for _ in range(rng.choice([0, 12, 13])))
        for _ in range(2_500)
    ]
    codes += ["4006381333931"] * 3  # one code in several rows
    pauses: list[int] = []
    stepped = NumberIndex.build(pl.Series(codes), step=400, pause=lambda: pauses.append(1))
    whole = NumberIndex.build(pl.Series(codes), step=len(codes))
    assert stepped is not None and whole is not None
    assert len(pauses) == -(-len(codes) // 400) + 1  # each step, and the sort
    for token in ["4", "40", "400638133393", "4006381333931", "9", "12345", ""]:
        assert sorted(stepped.rows_with_prefix(token).to_list()) == sorted(
            whole.rows_with_prefix(token).to_list()
        )
    assert sorted(stepped.rows_with_prefix("4006381333931").to_list())[-3:] == [2500, 2501, 2502]
    assert NumberIndex.build(pl.Series([*codes, "12a"]), step=400) is None


def test_word_index_pauses_before_each_slice_is_cut_and_before_it_is_placed() -> None:
    """The slices' rows are placed one at a time after the last slice is cut, each after a
    pause (all at once they held the cores ~0.2 s beside the searches at a million rows)."""
    texts = _spaced([f"kabel {i % 7} switch{i % 13}" for i in range(1_000)])
    cut: list[int] = []
    at_pause: list[int] = []

    def text_of(start: int) -> pl.Series:
        cut.append(start)
        return texts.slice(start, 300)

    index = WordIndex.build_from(text_of, texts.len(), 300, lambda: at_pause.append(len(cut)))
    slices = len(cut)
    assert slices == 4
    # before each cut (0, 1, 2, 3 cut so far), before the vocabulary is merged, then each placing
    assert at_pause == [0, 1, 2, 3] + [slices] * (1 + slices)
    assert index.rows.equals(WordIndex.build(texts, step=1_000).rows)


def test_part_numbers_typed_on_read_only_the_rows_the_shorter_token_held() -> None:
    """A token typed on is searched among the remembered rows of its longest prefix (all of
    them, or of the rows asked): the same answers as a search of the whole buffer."""
    rng = random.Random(21)
    codes = [
        " ".join("".join(rng.choice("abcx12") for _ in range(rng.randint(1, 8))) for _ in "ab")
        for _ in range(30_000)
    ]
    typed, fresh = PartNumbers(pl.Series(codes)), PartNumbers(pl.Series(codes))
    within = pl.Series(list(range(0, len(codes), 5)), dtype=pl.UInt32)
    for word in ["ab1c2", "x1xa", "cab", "12ab1", "zz", "c2c"]:
        for end in range(1, len(word) + 1):
            token = word[:end]
            for after in (0, 2):
                rule = re.compile(rf"(?:^| ){re.escape(token)}|{re.escape(token)}[^ ]{{{after}}}")
                got = typed.search(token, after)
                assert got[0].to_list() == [i for i, c in enumerate(codes) if token in c], token
                assert got[1].to_list() == [i for i, c in enumerate(codes) if rule.search(c)]
                some = typed.search(token, after, within)[1].to_list()
                assert some == [i for i in got[1].to_list() if i % 5 == 0], token
                assert got[1].to_list() == fresh.search(token, after)[1].to_list()
    assert typed._held and len(typed._held) <= 64  # (the few rows of the longer tokens)


def test_part_numbers_answer_a_token_searched_again_from_memory_within_bounds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each key typed searches the tokens before it again ("ts" in "ts-4", "ts-45"): a token
    searched over all rows is answered from memory the next time however many rows hold it,
    for the ``after`` it was searched with (another is searched); a token typed on is searched
    over all rows when its prefix's rows are too many to read one by one; the memory keeps the
    newest tokens within ``_HELD_TOKENS`` tokens and ``_HELD_ROWS`` rows."""
    rng = random.Random(23)
    codes = [f"ab{rng.randint(0, 999)} x{rng.randint(0, 99)}" for _ in range(40_000)]
    parts, fresh = PartNumbers(pl.Series(codes)), PartNumbers(pl.Series(codes))
    literal, ruled = parts.search("ab", 1)
    assert literal.len() > SCATTERED_ROWS
    again = parts.search("ab", 1)
    assert again[0] is literal and again[1] is ruled  # (not searched again)
    assert parts.search("ab", 0)[1].to_list() == literal.to_list()
    assert parts.search("ab", 1)[1] is ruled  # (both kept)
    for token in ["ab1", "ab12", "x1", "x12"]:  # typed on: the same answers as a fresh search
        for after in (0, 2):
            got, expected = parts.search(token, after), fresh.search(token, after)
            assert got[0].to_list() == expected[0].to_list(), token
            assert got[1].to_list() == expected[1].to_list(), token
    some = pl.Series(list(range(0, len(codes), 9)), dtype=pl.UInt32)
    assert parts.search("ab", 1, some)[1].to_list() == [i for i in ruled.to_list() if i % 9 == 0]

    tokens = [f"{start}{n}" for n in range(10) for start in ("ab", "x")]
    sizes = [sum(rows.len() for rows in fresh.search(token, 1)) for token in tokens]
    monkeypatch.setattr(part_numbers, "_HELD_ROWS", 4 * max(sizes))
    for token in tokens:
        parts.search(token, 1)
        held = parts._held
        assert list(held)[-1] == token  # the newest kept
        assert part_numbers._rows_held(held) <= 4 * max(sizes)
    assert len(parts._held) < len(tokens)  # the oldest forgotten
    for n in range(part_numbers._HELD_TOKENS + 5):
        parts.search(f"x{n}y", 1)  # (in no row)
    assert len(parts._held) == part_numbers._HELD_TOKENS


def test_a_pasted_part_number_is_found_among_the_rows_holding_each_token_at_any_size() -> None:
    """ "ab-12" finds the rows matching "ab" and "12" and those whose part numbers hold "ab12"
    (here its end: "12" alone there matches nothing), also where each token is in more rows
    than are read one by one (the tokens' rows over all rows are intersected)."""
    rng = random.Random(22)
    height = 40_000
    codes = ["".join(rng.choice("ab12xy") for _ in range(rng.randint(2, 7))) for _ in range(height)]
    words = [" ".join(rng.choice(["ab", "abx", "12y", "kabel", "y"]) for _ in "12") for _ in codes]
    parts = PartNumbers(pl.Series(codes))
    index = (
        WordIndex.build(pl.Series([f" {w} " for w in words])),
        WordIndex.build(pl.Series([""] * height)),
    )
    short = short_masks(parts, index, "ab12xy", pause=lambda: None)

    def matches(token: str, row: int) -> bool:
        after = max(MIN_SUFFIX - len(token), 0)
        code = codes[row]
        inside = any(
            len(code) - at - len(token) >= after
            for at in range(len(code)) if code.startswith(token, at)
        )  # fmt: skip
        return (
            code.startswith(token) or inside or any(w.startswith(token) for w in words[row].split())
        )

    for chunk in ["ab-12", "12-ab", "a-b-1", "ab-12-x", "y-1", "xy-ab-12"]:
        parts_of = chunk.split("-")
        expected = [
            row for row in range(height)
            if all(matches(t, row) for t in parts_of) or matches("".join(parts_of), row)
        ]  # fmt: skip
        found = indexed(parts, index, short, [], [chunk], lambda: None).to_list()
        assert found == expected, chunk
