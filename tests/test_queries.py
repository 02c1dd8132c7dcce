"""The seed knowledge graph answers the questions analysts ask (issue 2's acceptance list)."""

from __future__ import annotations

import datetime as dt

import pytest

from graphkb import KnowledgeBase, Modality, StanceFilter, StanceType, UnknownActorError
from tests.conftest import PAKISTAN_SIDE


def test_who_opposes_us_lists_pakistans_side_with_evidence(kb: KnowledgeBase) -> None:
    """Pakistan and its officials oppose the US; each row carries evidence; India does not."""
    ranked = kb.who_opposes("US")
    ids = {r.actor.id for r in ranked}
    assert ids >= PAKISTAN_SIDE
    assert "IND" not in ids
    for r in ranked:
        assert r.stances and all(v.stance.polarity < 0 for v in r.stances)
        assert all(
            v.stance.summary and v.stance.evidence.end > v.stance.evidence.start for v in r.stances
        )


def test_who_opposes_ranks_by_score(kb: KnowledgeBase) -> None:
    """Scores are sorted and follow the documented formula."""
    ranked = kb.who_opposes("US")
    scores = [r.score for r in ranked]
    assert scores == sorted(scores, reverse=True)
    bukhari = next(r for r in ranked if r.actor.id == "zulfiqar-bukhari")
    # ACCUSE (3.5) and REJECT (2.0), both asserted, confidence 1
    assert bukhari.score == pytest.approx(0.35 + 0.20)
    assert dict(bukhari.types) == {"ACCUSE": 1, "REJECT": 1}


def test_roll_up_folds_pakistans_side_into_pakistan(kb: KnowledgeBase) -> None:
    """With roll-up, people and bodies count for their country."""
    ranked = kb.who_opposes("US", StanceFilter(roll_up=True))
    ids = [r.actor.id for r in ranked]
    assert ids[0] == "PAK"
    assert not PAKISTAN_SIDE - {"PAK"} & set(ids)
    assert ranked[0].count == 9


@pytest.mark.parametrize(
    "name", ["US", "U.S.", "USA", "United States", "Washington", "the White House", "united states"]
)
def test_every_name_of_the_us_means_the_same_country(kb: KnowledgeBase, name: str) -> None:
    """Aliases, codes, names and metonyms resolve to one actor."""
    assert kb.resolve(name).id == "USA"
    assert [r.actor.id for r in kb.who_opposes(name)] == [r.actor.id for r in kb.who_opposes("USA")]


def test_unknown_actor_suggests_close_matches(kb: KnowledgeBase) -> None:
    """A misspelt name gets a one-line error naming close matches."""
    with pytest.raises(UnknownActorError, match=r"unknown actor 'Pakstan': did you mean .*PAK"):
        kb.who_opposes("Pakstan")


def test_who_supports_us_includes_india(kb: KnowledgeBase) -> None:
    """India supports the US (celebrated sanctions, cooperation, alliance)."""
    ranked = kb.who_supports("US")
    assert ranked[0].actor.id == "IND"
    assert set(ranked[0].types) == {"SUPPORT", "COOPERATE", "ALLY"}


def test_hypothetical_rapprochement_is_left_out_by_default(kb: KnowledgeBase) -> None:
    """Pakistan's possible turn to China and Russia is hypothetical: not support by default."""
    assert "PAK" not in {r.actor.id for r in kb.who_supports("China")}
    assert "PAK" not in {r.actor.id for r in kb.who_supports("Russia")}
    asked = kb.who_supports("China", StanceFilter(modalities=[Modality.HYPOTHETICAL]))
    assert [r.actor.id for r in asked] == ["PAK"]
    assert {v.stance.modality for v in asked[0].stances} == {Modality.HYPOTHETICAL}


def test_relations_us_pakistan(kb: KnowledgeBase) -> None:
    """Sanctions asserted, accusations asserted, historical aid reported; both directions."""
    found = {
        (v.stance.source, v.stance.type.value, v.stance.modality.value)
        for v in kb.relations("US", "PAK")
    }
    assert {
        ("USA", "SANCTION", "asserted"),
        ("USA", "ACCUSE", "asserted"),
        ("USA", "AID", "reported"),
        ("PAK", "ACCUSE", "asserted"),
    } <= found
    aid = next(v for v in kb.relations("PAK", "US") if v.stance.type is StanceType.AID)
    assert aid.stance.attributed_to == "aamir-ghauri"


def test_denied_sanction_on_israel_never_counts(kb: KnowledgeBase) -> None:
    """The US sanction of Israel that the text denies is negated and not opposition."""
    views = kb.relations("US", "Israel")
    sanction = [v for v in views if v.stance.type is StanceType.SANCTION]
    assert [v.stance.modality for v in sanction] == [Modality.NEGATED]
    assert "USA" not in {r.actor.id for r in kb.who_opposes("Israel")}
    assert "USA" in {r.actor.id for r in kb.who_supports("Israel")}  # reported aid


def test_type_and_date_filters(kb: KnowledgeBase) -> None:
    """--type narrows the types; --since/--until the dates."""
    only_reject = kb.who_opposes("US", StanceFilter(types=[StanceType.REJECT]))
    assert all(set(r.types) == {"REJECT"} for r in only_reject)
    assert kb.who_opposes("US", StanceFilter(since=dt.date(2025, 1, 1))) == []
    old = kb.stances(StanceFilter(source="PAK", target="IND", until=dt.date(2000, 1, 1)))
    assert [v.stance.type for v in old] == [StanceType.MOBILIZE]


def test_actor_profile(kb: KnowledgeBase) -> None:
    """A profile lists role, country, members and stance counts."""
    asif = kb.actor("Khawaja Asif")
    assert (asif.actor.role, asif.actor.country) == ("Defence Minister", "PAK")
    assert asif.outgoing[("REJECT", "asserted")] == 1
    pak = kb.actor("Islamabad")
    assert "khawaja-asif" in {m.id for m in pak.members}
    assert pak.incoming[("SANCTION", "asserted")] == 1


def test_stats_count_the_seed(kb: KnowledgeBase) -> None:
    """The seed holds one document and its curated stances."""
    stats = kb.stats()
    assert stats["documents"] == 1
    assert stats["stances"] == 35
    assert stats["actors_by_kind"]["country"] == 212
    assert stats["stances_by_modality"]["negated"] == 2


def test_path_between_actors(kb: KnowledgeBase) -> None:
    """India and Israel connect through the US."""
    paths = kb.path("India", "Israel")
    assert paths
    assert all(len(p) == 2 for p in paths)
    first = [p[0].stance for p in paths]
    middle = {s.target if s.source == "IND" else s.source for s in first}
    assert middle == {"USA"}


def test_networkx_graph_carries_attributes(kb: KnowledgeBase) -> None:
    """Actors are nodes with attributes, stances edges with theirs."""
    graph = kb.to_networkx()
    assert graph.nodes["khawaja-asif"]["kind"] == "person"
    edges = graph.get_edge_data("USA", "PAK")
    types = {d["type"] for d in edges.values()}
    assert {"SANCTION", "ACCUSE", "AID", "ALLY"} <= types
    assert all(d["document"] == "seed-us-pakistan-sanctions" for d in edges.values())


@pytest.mark.parametrize("roll_up", [False, True])
def test_aggregate_ranking_matches_exact_ranking(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, roll_up: bool
) -> None:
    """The SPARQL-aggregate path used for hubs gives the same ranking, scores, counts and
    types as reading every stance, with sample evidence for each actor."""
    from graphkb import queries

    exact = kb.who_opposes("US", StanceFilter(roll_up=roll_up))
    monkeypatch.setattr(queries, "FULL_EVIDENCE_UP_TO", 0)
    aggregated = kb.who_opposes("US", StanceFilter(roll_up=roll_up))
    assert [(r.actor.id, round(r.score, 6), r.count, dict(r.types)) for r in aggregated] == [
        (r.actor.id, round(r.score, 6), r.count, dict(r.types)) for r in exact
    ]
    for ranked in aggregated:
        assert ranked.stances
        assert {v.stance.id for v in ranked.stances} <= {
            v.stance.id for r in exact if r.actor.id == ranked.actor.id for v in r.stances
        }


def test_scores_show_rounded_half_up_whatever_the_summing_order() -> None:
    """A score of exactly 7.0475 or 0.475 shows as 7.048 / 0.48 even when float sums land a
    hair below, so the index and SPARQL paths print the same figures."""
    from graphkb.queries import shown_score

    for value in (7.0475, 7.047499999999, 7.0475000000001):
        assert shown_score(value, 3) == 7.048
    assert shown_score(0.475, 2) == 0.48
    assert shown_score(0.1 + 0.2, 2) == 0.3
    assert shown_score(2.25, 2) == 2.25


def test_path_reads_factual_stances_by_default_on_both_backends(kb: KnowledgeBase) -> None:
    """India reaches Israel through the US by an asserted and a reported stance, not by the
    denied sanction; all four modalities admit it; the index search and the networkx search
    give the same chains; an actor outside the chosen stances is reached by none."""
    from graphkb.model import Modality, StanceType

    def chains(where: StanceFilter | None = None) -> list[list[tuple[str, str, str, str]]]:
        found = kb.path("India", "Israel", where)
        return [
            [(v.stance.source, v.stance.type, v.stance.target, v.stance.modality) for v in p]
            for p in found
        ]

    factual = chains()
    assert factual == [[("IND", "SUPPORT", "USA", "asserted"), ("USA", "AID", "ISR", "reported")]]
    assert chains(StanceFilter(types=[StanceType.SANCTION, StanceType.SUPPORT])) == []
    everything = chains(StanceFilter(modalities=list(Modality)))
    assert everything and all(len(p) == 2 for p in everything)
    kb.store.use_index = False
    kb.store._forget_actors()
    try:
        assert chains() == factual
        assert chains(StanceFilter(types=[StanceType.SANCTION, StanceType.SUPPORT])) == []
    finally:
        kb.store.use_index = True


def test_path_gives_the_same_chains_with_and_without_the_index() -> None:
    """The index's breadth-first search and the networkx search agree on every pair of actors
    of the bundled KB, chains, order and the stance chosen per hop, for factual stances and
    for all four modalities."""
    import itertools

    from graphkb.model import Modality

    def chains(kb: KnowledgeBase, a: str, b: str, mods: list[Modality] | None) -> list[object]:
        return [
            [(v.stance.source, v.stance.target, v.stance.id) for v in p]
            for p in kb.path(a, b, StanceFilter(modalities=mods))
        ]

    with KnowledgeBase.memory() as kb:
        index = kb.store.index
        assert index is not None
        ids = sorted(a for a in kb.store.actors() if index.degree(a) > 0)
        pairs = list(itertools.combinations(ids, 2))
        assert len(pairs) > 100
        for mods in (None, list(Modality)):
            indexed = [chains(kb, a, b, mods) for a, b in pairs]
            kb.store.use_index = False
            kb.store._forget_actors()
            plain = [chains(kb, a, b, mods) for a, b in pairs]
            kb.store.use_index = True
            assert indexed == plain
            assert sum(1 for c in indexed if c) > len(pairs) // 2  # most pairs connect
