"""Outlet profiles: which outlet published an article, how it prefixes leads and names itself.

The profiles are data (`data/outlets.toml`); this module loads them once into an immutable
`OutletRegistry` whose look-ups use indexes and regexes compiled once per registry::

    >>> reg = load_registry()
    >>> reg.by_domain("https://m.dantri.com.vn/xa-hoi/x-20210829181940605.htm").name
    'Dân trí'
    >>> profile, end = reg.match_lead_prefix("VOV.VN - Hai bên đã ra Tuyên bố chung")
    >>> profile.domain, end
    ('vov.vn', 9)
    >>> reg.find_brand("(TTXVN/Vietnam+)").domain
    'vietnamplus.vn'

Input strings are expected to be NFC-normalised already.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any, TypeAlias
from urllib.parse import urlsplit

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["Layout", "OutletProfile", "OutletRegistry", "host_of", "load_registry", "registry_from_dict"]

#: Selector lists of one layout, in the order of `Layout`'s fields after `era`.
LAYOUT_FIELDS = ("title", "sapo", "body", "author", "date", "category", "tags", "caption", "noise")

_OUTLET_KEYS = frozenset(
    {
        "domain",
        "name",
        "aliases",
        "lead_prefixes",
        "dashless_prefixes",
        "brand_tokens",
        "ambiguous_names",
        "org_bylines",
        "url_pattern",
        "family",
        "layouts",
    }
)
_FAMILY_KEYS = frozenset({"fingerprints", "layouts"})
_LAYOUT_KEYS = frozenset({"era", *LAYOUT_FIELDS})
_TOP_KEYS = frozenset({"schema_version", "families", "outlet"})
_SCHEMA_VERSION = 1

_HOST = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")
# Spacing inside a line: white space (NBSP included) and the invisible characters crawlers leave.
_SP = r"[\s\u200b\u200c\u200d\u2060\ufeff]"
_DASHES = r"[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]"
# Attribution context an ambiguous name needs in running text: "Theo Dân trí", "Báo Tuổi Trẻ",
# "Nguồn: Nhân Dân", "(Ngày Nay)", "Ban Thời sự/Tổ Quốc" (outlets.md §2, §3).
_CONTEXT_BEFORE = re.compile(
    r"(?:[(/]|\b(?:[Tt]heo|THEO|[Bb]áo|BÁO|[Nn]guồn:?|NGUỒN:?|điện tử|ĐIỆN TỬ|[Tt]ạp chí|TẠP CHÍ))\s?$"
)
_CONTEXT_AFTER = re.compile(r"\s*[)/]")


# Generic words that an outlet name is often written with ("Báo Dân trí" = "Dân trí").
_NAME_WORDS = ("báo điện tử ", "tạp chí ", "báo ")


@dataclass(frozen=True, slots=True)
class Layout:
    """One era of an outlet's article HTML: CSS selectors (CSS, compiled with cssselect) per field.

    Each field lists alternatives, best first; `noise` lists the in-body blocks to drop once the
    fields have been read (related boxes, video boxes, polls, ads, "Đọc tiếp").
    """

    era: str
    title: tuple[str, ...] = ()
    sapo: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    caption: tuple[str, ...] = ()
    noise: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OutletProfile:
    """One news outlet, as `data/outlets.toml` describes it (see the schema at the top of that file)."""

    domain: str
    name: str
    aliases: tuple[str, ...] = ()
    lead_prefixes: tuple[str, ...] = ()
    brand_tokens: tuple[str, ...] = ()
    org_bylines: tuple[str, ...] = ()
    url_pattern: str | None = None
    family: str | None = None
    layouts: tuple[Layout, ...] = ()
    #: Lead prefixes also used without a dash: "(ĐTCK) Giá vàng…", "BNEWS Ngân hàng…".
    dashless_prefixes: tuple[str, ...] = ()
    #: Names that are also ordinary phrases ("Dân trí"): found in text only in attribution context.
    ambiguous_names: tuple[str, ...] = ()

    def is_article_url(self, url: str) -> bool:
        """True when `url` has the shape of one of this outlet's article URLs (`url_pattern`)."""
        return self.url_pattern is not None and re.search(self.url_pattern, url, re.IGNORECASE) is not None


def _empty_fingerprints() -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True, eq=False)
class OutletRegistry:
    """All outlet profiles with their look-up indexes; build it with `load_registry`."""

    profiles: tuple[OutletProfile, ...]
    families: Mapping[str, tuple[Layout, ...]]
    #: Per family, CSS selectors whose presence on a page identifies the family's CMS.
    fingerprints: Mapping[str, tuple[str, ...]] = field(default_factory=_empty_fingerprints)
    _hosts: Mapping[str, OutletProfile] = field(init=False, repr=False)
    _names: Mapping[str, OutletProfile] = field(init=False, repr=False)
    _loose_names: Mapping[str, OutletProfile] = field(init=False, repr=False)
    _prefix_owner: Mapping[str, OutletProfile] = field(init=False, repr=False)
    _brand_owner: Mapping[str, OutletProfile] = field(init=False, repr=False)
    _ambiguous: Mapping[str, frozenset[str]] = field(init=False, repr=False)
    _dash_re: re.Pattern[str] = field(init=False, repr=False)
    _dashless_re: re.Pattern[str] = field(init=False, repr=False)
    _brand_re: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "profiles", tuple(self.profiles))
        object.__setattr__(self, "families", MappingProxyType(dict(self.families)))
        object.__setattr__(self, "fingerprints", MappingProxyType(dict(self.fingerprints)))
        for profile in self.profiles:
            if profile.family is not None and profile.family not in self.families:
                raise ValueError(
                    f"outlet {profile.domain!r}: key 'family' names {profile.family!r}, "
                    f"which is not one of the families {sorted(self.families)}"
                )
        hosts = _index_hosts(self.profiles)
        names, loose = _index_names(self.profiles)
        prefix_owner, dash_re, dashless_re = _compile_prefixes(self.profiles)
        brand_owner, ambiguous, brand_re = _compile_brands(self.profiles)
        object.__setattr__(self, "_hosts", MappingProxyType(hosts))
        object.__setattr__(self, "_names", MappingProxyType(names))
        object.__setattr__(self, "_loose_names", MappingProxyType(loose))
        object.__setattr__(self, "_prefix_owner", MappingProxyType(prefix_owner))
        object.__setattr__(self, "_brand_owner", MappingProxyType(brand_owner))
        object.__setattr__(self, "_ambiguous", MappingProxyType(ambiguous))
        object.__setattr__(self, "_dash_re", dash_re)
        object.__setattr__(self, "_dashless_re", dashless_re)
        object.__setattr__(self, "_brand_re", brand_re)

    def __len__(self) -> int:
        return len(self.profiles)

    def by_domain(self, host_or_url: str) -> OutletProfile | None:
        """The outlet of a host or URL; a subdomain maps to its parent ("m.dantri.com.vn")."""
        host = host_of(host_or_url)
        if host is None:
            return None
        labels = host.split(".")
        for start in range(len(labels) - 1):
            profile = self._hosts.get(".".join(labels[start:]))
            if profile is not None:
                return profile
        return None

    def by_name(self, name: str) -> OutletProfile | None:
        """The outlet called `name`: display name, alias, brand token, lead prefix or domain.

        Case does not matter ("DÂN TRÍ" == "Dân trí"), nor does a leading "Báo " or the accents
        when they are unambiguous ("Tuoi Tre").
        """
        key = _name_key(name)
        if not key:
            return None
        profile = self._names.get(key)
        if profile is not None:
            return profile
        for word in _NAME_WORDS:
            if key.startswith(word):
                profile = self._names.get(key[len(word) :])
                if profile is not None:
                    return profile
        profile = self._loose_names.get(_loose_key(key))
        if profile is not None:
            return profile
        if " " not in key and "." in key:
            return self.by_domain(key)
        return None

    def match_lead_prefix(self, line: str) -> tuple[OutletProfile, int] | None:
        """The outlet whose dateline starts `line`, and where the text after it begins.

        "VOV.VN - Hai bên…" → (vov.vn, 9); "(VTC News) -" alone on its line → (vtcnews.vn, 12).
        The prefix must be followed by a dash (-, –, —; spaces optional) unless the outlet uses it
        without one ("(ĐTCK) Giá vàng…"), so running text such as "VOV.VN là đài…" is no match.
        """
        match = self._dash_re.match(line)
        if match is not None and _glued_compound(line, match):
            match = None
        if match is None:
            match = self._dashless_re.match(line)
        if match is None:
            return None
        profile = self._prefix_owner.get(_token_key(match.group("p")))
        if profile is None:  # pragma: no cover - every alternative comes from the index
            return None
        return profile, match.end()

    def find_brand(self, text: str) -> OutletProfile | None:
        """The first outlet named in `text` by a brand token, display name or domain.

        "(TTXVN/Vietnam+)" → vietnamplus.vn; "vtcnews.vn" → vtcnews.vn; "Theo Dân trí" →
        dantri.com.vn, but not "nâng cao dân trí" (an ambiguous name needs attribution context).
        """
        if len(text) <= 64:  # the text is only a name: "vtcnews.vn" on the last line (seed 002)
            key = _token_key(text)
            whole = self._brand_owner.get(key)
            variants = self._ambiguous.get(key)
            if whole is not None and (variants is None or " ".join(text.split()) in variants):
                return whole
        pos = 0
        while (match := self._brand_re.search(text, pos)) is not None:
            found = self._brand_at(text, match.start(), match.group(0))
            if found is not None:
                return found
            pos = match.start() + 1
        return None

    def _brand_at(self, text: str, start: int, matched: str) -> OutletProfile | None:
        """The longest token at `start` (within `matched`) that stands as a whole token in context."""
        for end in range(len(matched), 0, -1):
            span = matched[:end]
            key = _token_key(span)
            profile = self._brand_owner.get(key)
            if profile is None or span[-1].isspace():
                continue
            stop = start + end
            if _is_word_char(span[0]) and start > 0 and _is_word_char(text[start - 1]):
                continue
            if _is_word_char(span[-1]) and stop < len(text) and _is_word_char(text[stop]):
                continue
            if key.startswith("báo ") and not span[0].isupper():
                continue  # "thông báo Chính phủ", "cảnh báo", "dự báo": the verb, not "Báo Chính phủ"
            variants = self._ambiguous.get(key)
            if variants is not None and not _in_context(text, start, stop, " ".join(span.split()), variants):
                continue
            return profile
        return None

    def layouts_for(self, profile: OutletProfile) -> tuple[Layout, ...]:
        """The outlet's own layouts, newest first, then those of its CMS family."""
        family = self.families.get(profile.family, ()) if profile.family else ()
        return profile.layouts + family


def load_registry(path: str | os.PathLike[str] | None = None) -> OutletRegistry:
    """The outlet registry from `path`, or from the packaged `data/outlets.toml` (cached)."""
    if path is None:
        return _default_registry()
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    return registry_from_dict(data, source=os.fspath(path))


@lru_cache(maxsize=1)
def _default_registry() -> OutletRegistry:
    text = (files("vnnews_clean") / "data" / "outlets.toml").read_text(encoding="utf-8")
    return registry_from_dict(tomllib.loads(text), source="vnnews_clean/data/outlets.toml")


def registry_from_dict(data: Mapping[str, Any], *, source: str = "<dict>") -> OutletRegistry:
    """Build a registry from parsed TOML; a ValueError names the outlet and key that are wrong."""
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise ValueError(f"{source}: unknown top-level keys {sorted(unknown)}")
    version = data.get("schema_version", _SCHEMA_VERSION)
    if version != _SCHEMA_VERSION:
        raise ValueError(f"{source}: schema_version {version!r} is not supported (expected {_SCHEMA_VERSION})")
    families_raw = data.get("families", {})
    if not isinstance(families_raw, Mapping):
        raise ValueError(f"{source}: 'families' must be a table")
    families: dict[str, tuple[Layout, ...]] = {}
    fingerprints: dict[str, tuple[str, ...]] = {}
    for fam_name, fam in families_raw.items():
        where = f"{source}: family {fam_name!r}"
        if not isinstance(fam, Mapping):
            raise ValueError(f"{where}: must be a table")
        _check_keys(fam, _FAMILY_KEYS, where)
        fingerprints[fam_name] = _strings(fam, "fingerprints", where)
        families[fam_name] = _layouts(fam, where)
    outlets_raw = data.get("outlet", [])
    if not isinstance(outlets_raw, list):
        raise ValueError(f"{source}: 'outlet' must be an array of tables ([[outlet]])")
    profiles = [_profile(raw, source, index) for index, raw in enumerate(outlets_raw)]
    return OutletRegistry(tuple(profiles), families, fingerprints)


# --- parsing -----------------------------------------------------------------------------------


def _check_keys(table: Mapping[str, Any], allowed: frozenset[str], where: str) -> None:
    unknown = set(table) - allowed
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)} (allowed: {sorted(allowed)})")


def _string(table: Mapping[str, Any], key: str, where: str, *, required: bool) -> str | None:
    value = table.get(key)
    if value is None:
        if required:
            raise ValueError(f"{where}: key {key!r} is required")
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: key {key!r} must be a non-empty string, not {value!r}")
    return value.strip()


def _strings(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ValueError(f"{where}: key {key!r} must be a list of strings, not {value!r}")
    out: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise ValueError(f"{where}: key {key!r} holds {item!r}, which is not a non-empty string")
        if item.strip() not in out:
            out.append(item.strip())
    return tuple(out)


def _layouts(table: Mapping[str, Any], where: str) -> tuple[Layout, ...]:
    raw = table.get("layouts", [])
    if not isinstance(raw, list):
        raise ValueError(f"{where}: key 'layouts' must be an array of tables ([[...layouts]])")
    layouts = []
    for index, item in enumerate(raw):
        at = f"{where}, layout #{index + 1}"
        if not isinstance(item, Mapping):
            raise ValueError(f"{at}: must be a table")
        _check_keys(item, _LAYOUT_KEYS, at)
        era = _string(item, "era", at, required=True)
        assert era is not None
        selectors = {name: _strings(item, name, at) for name in LAYOUT_FIELDS}
        layouts.append(Layout(era, **selectors))
    return tuple(layouts)


def _profile(raw: Any, source: str, index: int) -> OutletProfile:
    where = f"{source}: outlet #{index + 1}"
    if not isinstance(raw, Mapping):
        raise ValueError(f"{where}: must be a table")
    domain = _string(raw, "domain", where, required=True)
    assert domain is not None
    where = f"{source}: outlet {domain!r}"
    _check_keys(raw, _OUTLET_KEYS, where)
    if domain != domain.lower() or not _HOST.fullmatch(domain):
        raise ValueError(f"{where}: key 'domain' must be a lower-case host name like 'vnexpress.net'")
    name = _string(raw, "name", where, required=True)
    assert name is not None
    url_pattern = _string(raw, "url_pattern", where, required=False)
    if url_pattern is not None:
        try:
            re.compile(url_pattern, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"{where}: key 'url_pattern' is not a valid regex: {exc}") from exc
    lead_prefixes = _strings(raw, "lead_prefixes", where)
    dashless = _strings(raw, "dashless_prefixes", where)
    missing = [p for p in dashless if p not in lead_prefixes]
    if missing:
        raise ValueError(f"{where}: key 'dashless_prefixes' holds {missing}, which are not in 'lead_prefixes'")
    return OutletProfile(
        domain=domain,
        name=name,
        aliases=_strings(raw, "aliases", where),
        lead_prefixes=lead_prefixes,
        brand_tokens=_strings(raw, "brand_tokens", where),
        org_bylines=_strings(raw, "org_bylines", where),
        url_pattern=url_pattern,
        family=_string(raw, "family", where, required=False),
        layouts=_layouts(raw, where),
        dashless_prefixes=dashless,
        ambiguous_names=_strings(raw, "ambiguous_names", where),
    )


# --- keys and indexes --------------------------------------------------------------------------


def _token_key(text: str) -> str:
    """How tokens and prefixes are compared: case-folded, single spaces, no edge spaces."""
    return " ".join(text.split()).casefold()


def _name_key(text: str) -> str:
    """How names are compared: like `_token_key`, without surrounding parentheses."""
    key = _token_key(text)
    while key.startswith("(") and key.endswith(")"):
        key = key[1:-1].strip()
    return key


def _loose_key(key: str) -> str:
    """`key` without accents: "tuổi trẻ" → "tuoi tre" (also absorbs "hoà"/"hòa" tone placement)."""
    decomposed = unicodedata.normalize("NFD", key.replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def host_of(host_or_url: str) -> str | None:
    """The lower-case host of a URL or a bare host ("https://www.Dantri.com.vn/x" → "www.dantri.com.vn")."""
    text = host_or_url.strip()
    if not text:
        return None
    if "://" not in text:
        text = "//" + text.lstrip("/")
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.rstrip(".").lower() or None


def _is_host(text: str) -> bool:
    return _HOST.fullmatch(text.lower()) is not None


def _claim(index: dict[str, OutletProfile], key: str, profile: OutletProfile, what: str) -> None:
    owner = index.get(key)
    if owner is not None and owner.domain != profile.domain:
        raise ValueError(f"outlet {profile.domain!r}: {what} {key!r} already belongs to outlet {owner.domain!r}")
    index[key] = profile


def _index_hosts(profiles: Sequence[OutletProfile]) -> dict[str, OutletProfile]:
    hosts: dict[str, OutletProfile] = {}
    for profile in profiles:
        if profile.domain in hosts:
            raise ValueError(f"outlet {profile.domain!r}: key 'domain' is used by two outlets")
        hosts[profile.domain] = profile
    for profile in profiles:
        for alias in profile.aliases:
            if _is_host(alias):
                _claim(hosts, alias.lower(), profile, "alias domain")
    return hosts


def _index_names(profiles: Sequence[OutletProfile]) -> tuple[dict[str, OutletProfile], dict[str, OutletProfile]]:
    names: dict[str, OutletProfile] = {}
    for profile in profiles:
        keys = [profile.name, profile.domain, *profile.aliases, *profile.brand_tokens]
        keys += [*profile.ambiguous_names, *profile.lead_prefixes]
        for text in keys:
            key = _name_key(text)
            if key:
                _claim(names, key, profile, "name")
    loose: dict[str, OutletProfile] = {}
    clashes: set[str] = set()
    for key, profile in names.items():
        folded = _loose_key(key)
        owner = loose.get(folded)
        if owner is not None and owner.domain != profile.domain:
            clashes.add(folded)
        loose[folded] = profile
    for folded in clashes:  # without accents two outlets' names meet: keep only exact look-ups
        del loose[folded]
    return names, loose


def _pattern(token: str) -> str:
    """`token` as a regex: literal, with any run of white space where it has a space."""
    return r"\s+".join(re.escape(part) for part in token.split())


def _alternation(tokens: Iterable[str]) -> str:
    ordered = sorted(set(tokens), key=lambda t: (-len(t), t))
    return "|".join(_pattern(t) for t in ordered) or "(?!)"


def _compile_prefixes(
    profiles: Sequence[OutletProfile],
) -> tuple[dict[str, OutletProfile], re.Pattern[str], re.Pattern[str]]:
    owner: dict[str, OutletProfile] = {}
    dashless: list[str] = []
    for profile in profiles:
        for prefix in profile.lead_prefixes:
            _claim(owner, _token_key(prefix), profile, "lead prefix")
        dashless.extend(profile.dashless_prefixes)
    every = _alternation(p for prof in profiles for p in prof.lead_prefixes)
    # "(Dân trí) - ", "(PLO)-\xa0", "ANTD.VN -Tổ", "(VTC News) -" (nothing after the dash).
    dash_re = re.compile(rf"{_SP}*(?P<p>{every})(?P<pre>{_SP}*){_DASHES}{{1,2}}(?P<post>{_SP}*)", re.IGNORECASE)
    # "(ĐTCK) Giá vàng", "BNEWS" alone: white space or the end after the prefix.
    dashless_re = re.compile(rf"{_SP}*(?P<p>{_alternation(dashless)})(?:{_SP}+|$)", re.IGNORECASE)
    return owner, dash_re, dashless_re


def _glued_compound(line: str, match: re.Match[str]) -> bool:
    """ "BNEWS-like": a dash with no space on either side, between two letters, joins a compound."""
    prefix, end = match.group("p"), match.end()
    return (
        _is_word_char(prefix[-1])
        and not match.group("pre")
        and not match.group("post")
        and end < len(line)
        and _is_word_char(line[end])
    )


def _variants(name: str) -> frozenset[str]:
    """The capitalisations under which an ambiguous name counts: as written, Title Case, UPPER."""
    title = " ".join(word[:1].upper() + word[1:] for word in name.split())
    return frozenset({name, title, name.upper()})


_Trie: TypeAlias = "dict[str, _Trie]"


def _trie_pattern(keys: Iterable[str]) -> str:
    """One regex for many literal keys, factored as a trie so a search stays fast; longest first."""
    root: _Trie = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root) or "(?!)"


def _emit(node: _Trie) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a key ends here: the longer keys stay optional (greedy, so tried first)
        return f"(?:{body})?"
    return body


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _in_context(text: str, start: int, stop: int, span: str, variants: frozenset[str]) -> bool:
    """An ambiguous name counts with its own capitals, after "Theo " / "(" … or before ")" / "/"."""
    if span not in variants:
        return False
    return _CONTEXT_BEFORE.search(text, max(0, start - 12), start) is not None or (
        _CONTEXT_AFTER.match(text, stop) is not None
    )


def _compile_brands(
    profiles: Sequence[OutletProfile],
) -> tuple[dict[str, OutletProfile], dict[str, frozenset[str]], re.Pattern[str]]:
    owner: dict[str, OutletProfile] = {}
    ambiguous: dict[str, frozenset[str]] = {}
    for profile in profiles:
        ambiguous_keys = {_token_key(n) for n in profile.ambiguous_names}
        tokens = [profile.name, profile.domain, *profile.brand_tokens]
        tokens += [a for a in profile.aliases if _is_host(a)]
        tokens += list(profile.ambiguous_names)
        for token in tokens:
            key = _token_key(token)
            _claim(owner, key, profile, "brand token")
            if key in ambiguous_keys:
                ambiguous[key] = ambiguous.get(key, frozenset()) | _variants(" ".join(token.split()))
    return owner, ambiguous, re.compile(_trie_pattern(owner), re.IGNORECASE)
