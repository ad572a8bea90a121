"""Targets that are not actors: the bill, law, ruling, policy or administration a loaded word judges."""

from __future__ import annotations

from analysis import Article, framing
from analysis.framing_targets import named_documents, target_heads


def loaded(text: str) -> list[tuple[str, str]]:
    table = framing(Article("x", "", text), topic=None).query("category == 'loaded'")
    return [tuple(r) for r in table[["term", "target"]].itertuples(index=False, name=None)]


def test_a_bill_or_law_in_the_words_slot_is_its_target_named_as_the_article_names_it():
    # Modelled on the BASIL 2013-2015 tuning rows: "call SB1062 'toxic' legislation", "I find
    # Indiana's new law disturbing", and on AllSides rows ("this ludicrous bill", "an awful bill").
    text = (
        "Maria Lopez signed Senate Bill 1062 on Monday. Democrats voted against it and call this \"toxic\" legislation. "
        "Maria Lopez said the law would not unfairly burden anyone. "
        "Tom Reyes spoke later. He called it an awful bill."
    )
    assert loaded(text) == [
        ("toxic", "Senate Bill 1062"),  # a modifier, past a closing quotation mark: the bill the article names
        ("unfairly", "Senate Bill 1062"),  # the subject, auxiliaries and a negator between
        ("awful", "bill"),  # indefinite: a new thing, not the article's named bill
    ]


def test_a_plural_law_and_an_unresolved_administration_are_not_the_articles_named_ones():
    text = (
        "Maria Lopez backed the Clean Water Act on Monday. Harsh laws drove families away. "
        "Tom Reyes said the administration had callously ignored it."
    )
    assert loaded(text) == [
        ("Harsh", "laws"),  # laws in general: as written (without the word itself), not the article's act
        ("callously", "Maria Lopez"),  # no actor named "… administration": the main actor
    ]
    # With an administration among the actors, "the administration" is that actor.
    text = "The Obama administration defended the plan. Critics said the administration had callously ignored it."
    assert loaded(text) == [("callously", "Obama administration")]


def test_people_named_after_a_body_and_a_verb_use_have_no_target_noun():
    text = (
        "Maria Lopez spoke on Monday about the Obama administration. Lopez said administration hawks beat them. "
        "Lopez wants the state to measure outrageously. The measure was outrageously late. "
        "It was the bill fiasco again."
    )
    assert loaded(text) == [
        ("hawks", "Maria Lopez"),  # people of the administration, not the administration: the main actor
        ("outrageously", "Maria Lopez"),  # "to measure" is the verb, not the noun
        ("outrageously", "measure"),  # the noun, the subject's head ("the measure was")
        ("fiasco", "bill"),  # a bill's compound: the bill's
    ]
    # Read after unseen AllSides rows: a noun after the head is what the modifier describes, a
    # preposition's object is no subject, and an administration or government with an adjective of
    # its own is no one the article names (the main actor, as before).
    text = (
        "Maria Lopez spoke. She backed generous government services. A decision on the measure was "
        "outrageously late. Allende's democratic government was violently overthrown."
    )
    assert loaded(text) == [("generous", "Maria Lopez"), ("outrageously", "Maria Lopez"), ("violently", "Maria Lopez")]
    # A preposition two words before the head opens its phrase: the attacks backfire, not the law.
    text = "Maria Lopez spoke. Polls suggest his attacks on the existing law are backfiring. The law is backfiring."
    assert loaded(text) == [("backfiring", "Maria Lopez"), ("backfiring", "law")]


def test_document_names_and_the_head_lexicon():
    assert named_documents("The Affordable Care Act passed. Indiana's Religious Freedom Restoration Act, the Act, SB 1062 and the Affordable Care Act.") == "Affordable Care Act"
    assert named_documents("No names here, only the act of voting.") == ""
    assert target_heads()["act"] == ("document", True, False)
    assert target_heads()["laws"] == ("general", False, False)
    assert target_heads()["measure"] == ("document", False, True)


def quoted_targets(text: str) -> list[tuple[str, str, str]]:
    table = framing(Article("x", "", text), topic=None).query("category == 'loaded'")
    return [tuple(r) for r in table[["term", "speaker", "target"]].itertuples(index=False, name=None)]


def test_a_quoted_speaker_written_with_a_title_is_not_the_target_of_their_own_words():
    # AllSides (stop 28): the statements table writes "President Donald Trump" where the actor is
    # "Donald Trump", so "a witch hunt" and "a disgrace" were charged to Trump himself.
    text = (
        "Donald Trump attacked the special counsel again on Friday. Robert Mueller declined to comment. "
        "\"This is a witch hunt and a total disgrace,\" President Donald Trump said at the White House. "
        "Robert Mueller has led the inquiry since May. Donald Trump met aides later."
    )
    assert quoted_targets(text) == [
        ("witch hunt", "President Donald Trump", "Robert Mueller"),
        ("disgrace", "President Donald Trump", "Robert Mueller"),
    ]


def test_a_speaker_is_joined_onto_the_longest_actor_name_it_holds():
    # "Senate Majority Leader Mitch McConnell" is McConnell, not the Senate he names: the Senate
    # stays the target of his praise of it.
    text = (
        "Mitch McConnell spoke to reporters on Tuesday. The Senate passed the bill. "
        "\"The Senate did a fantastic job,\" said Senate Majority Leader Mitch McConnell. "
        "Mitch McConnell left for Kentucky."
    )
    assert quoted_targets(text) == [("fantastic", "Senate Majority Leader Mitch McConnell", "Senate")]


def test_a_ruling_ban_mandate_or_regulation_is_its_own_target_and_a_head_before_people_is_not():
    # AllSides (stop 28, seeds 2828 and 4243): "The draft regulation sidesteps Congress", "the proposed
    # regulation drew praise", "Don't let abortion-funding ban scuttle Medicare deal" were charged
    # to the article's main actor. "regulation hawks" are people, not the regulation.
    text = (
        "Maria Lopez announced the plan on Monday. The draft regulation sidesteps Congress, critics said. "
        "Tom Reyes met regulation hawks later. Maria Lopez said the ban would not unfairly hurt farmers."
    )
    assert loaded(text) == [("sidesteps", "regulation"), ("hawks", "Tom Reyes"), ("unfairly", "ban")]


def test_the_thing_a_modifier_describes_or_a_verb_of_favour_praises_beats_the_subject_before_it():
    # AllSides (stop 28): "Mr. Snowden praised the ruling", "Scott Fitzgerald, praised the ruling"
    # were the praiser's; "Lopez defended this oppressive ban" was Lopez's. Slot by slot: the noun
    # after the word (actor or thing) first, then the subject before it.
    text = (
        "Tom Reyes praised the ruling. Maria Lopez defended this oppressive ban on imports. "
        "Maria Lopez praised Tom Reyes warmly."
    )
    assert loaded(text) == [("praised", "ruling"), ("oppressive", "ban"), ("praised", "Tom Reyes")]
