"""Loading articles: header, title, body, boilerplate, ids."""

from __future__ import annotations

import pytest

from analysis import ArticleError, load_article
from analysis.load import split_header, strip_boilerplate

from .conftest import CENTCOM, FIXTURE_ARTICLES, RUBIO_PRESS

COMMENT_FORM = """

Leave a Reply

Your email address will not be published. Required fields are marked *

Comment *

Name *

Email *

Website

Save my name, email, and website in this browser for the next time I comment.

Post Comment"""


def test_header_block_gives_metadata_and_title(centcom):
    assert centcom.id == "centcom-2025-10-21-cmcc-opens-to-support-gaza-stabilization"
    assert centcom.title == "CENTCOM Opens Civil-Military Coordination Center to Support Gaza Stabilization"
    assert centcom.metadata["outlet"] == "U.S. Central Command (press release)"
    assert centcom.metadata["date"] == "2025-10-21 (CMCC opened 2025-10-17)"
    assert centcom.metadata["license"] == "Public domain (work of the U.S. federal government, 17 U.S.C. 105)"
    assert centcom.metadata["language"] == "en"


def test_body_is_the_text_after_header_and_title(centcom):
    raw = CENTCOM.read_text(encoding="utf-8")
    assert centcom.text.startswith("U.S. Central Command opened a Civil-Military Coordination Center in Israel,")
    assert centcom.text.endswith("Central Asia,")
    assert centcom.text in raw
    assert "word_count:" not in centcom.text and "---" not in centcom.text
    assert centcom.title not in centcom.text


def test_every_shipped_article_loads(shipped_articles):
    assert [a.id for a in shipped_articles] == [p.stem for p in FIXTURE_ARTICLES]
    # Word tokens keep "U.S.-brokered" and "it's" whole but count "U.S." as two; the headers'
    # counts (whitespace-separated, title included) were made independently of this package.
    assert [a.words for a in shipped_articles] == [275, 307, 326, 362]
    assert [int(a.metadata["word_count"]) for a in shipped_articles] == [267, 304, 329, 367]


def test_comment_form_after_a_real_article_is_removed():
    raw = CENTCOM.read_text(encoding="utf-8")
    article = load_article(raw + COMMENT_FORM)
    assert article.text == load_article(CENTCOM).text
    assert article.metadata["boilerplate_removed"].startswith("Leave a Reply\n\nYour email address")
    assert article.metadata["boilerplate_removed"].endswith("Post Comment")


def test_related_list_and_share_widget_are_removed():
    body = "Title\n\nFirst paragraph of the story. It goes on.\n\nSecond paragraph, the end of the story."
    tail = "\n\nShare this:\n\nTwitter\n\nFacebook\n\nRelated posts\n\nGaza talks resume\n\nCeasefire holds"
    article = load_article(body + tail)
    assert article.text == "First paragraph of the story. It goes on.\n\nSecond paragraph, the end of the story."


def test_a_cue_phrase_inside_the_story_is_kept():
    text = (
        "Title\n\nThe site asked readers to leave a comment.\n\n"
        "Leave a comment, the editor wrote, and we will read it.\n\nThe story then goes on for a while longer."
    )
    article = load_article(text)
    assert article.text.endswith("The story then goes on for a while longer.")
    assert "boilerplate_removed" not in article.metadata


def test_strip_boilerplate_never_cuts_the_first_paragraph():
    assert strip_boilerplate("Leave a Reply\n\nName") == ("Leave a Reply\n\nName", "")


def test_split_header_requires_the_closing_rule():
    assert split_header("outlet: X\nNo rule here\nbody") == ({}, "outlet: X\nNo rule here\nbody")
    assert split_header("outlet: X\ndate: 2025\n---\nTitle\nBody") == ({"outlet": "X", "date": "2025"}, "Title\nBody")


def test_a_string_path_and_a_path_object_load_the_same(centcom):
    assert load_article(str(RUBIO_PRESS)).text == load_article(RUBIO_PRESS).text
    assert load_article(str(CENTCOM)).id == centcom.id


def test_raw_text_gets_a_stable_content_id():
    first = load_article("A title\n\nSome body text here.")
    second = load_article("A title\n\nSome body text here.")
    assert first.id == second.id and first.id.startswith("text-")
    assert first.title == "A title" and first.text == "Some body text here."


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("no/such/article.txt", "no/such/article.txt: file not found"),
        ("ftp://example.org/a.txt", "ftp://example.org/a.txt: unsupported URL scheme 'ftp' (only http and https)"),
        ("file:///etc/passwd", "file:///etc/passwd: unsupported URL scheme 'file' (only http and https)"),
    ],
)
def test_bad_sources_raise_one_line_errors(source, problem):
    with pytest.raises(ArticleError) as caught:
        load_article(source)
    assert str(caught.value) == problem
