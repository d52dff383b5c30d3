"""`Pipeline`: an ordered list of named `Doc -> Doc` steps that users can change by name."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .doc import Doc
from .errors import StepError, UnknownStepError

__all__ = ["Pipeline", "Step", "settling", "step_name"]

Step = Callable[[Doc], Doc]

_MAX_ROUNDS = 3


def step_name(step: Step) -> str:
    """A step's name: its function name (the same name it records as `rule`)."""
    return str(getattr(step, "__name__", None) or type(step).__name__)


def settling(step: Step) -> Step:
    """Mark `step` as a settling step: consecutive settling steps run as a group, in rounds, until a
    round removes nothing (at most three rounds).

    A settling step searches again, after all removals, where an earlier step looked once (the header,
    the tail, the headline). One settling step can move lines for another (a lead prefix stripped at
    the end makes the lead too short to end the header), so they repeat together; a second cleaning
    of the result then finds nothing more.
    """
    setattr(step, "settles", True)  # noqa: B010 - a function attribute, not a declared field
    return step


def _settles(step: Step) -> bool:
    return getattr(step, "settles", False) is True


@dataclass(frozen=True, slots=True)
class Pipeline:
    """Steps run in order; each takes a `Doc` and returns a new one.

    >>> from vnnews_clean import default_pipeline
    >>> pipe = default_pipeline().without("drop_share_calls")
    """

    steps: tuple[Step, ...]
    _plan: tuple[tuple[Step, ...], ...] = field(default=(), init=False, repr=False, compare=False)
    """The steps in runs: a run of settling steps repeats as a group, any other step is a run of one."""

    def __init__(self, steps: Iterable[Step]) -> None:
        steps = tuple(steps)
        for s in steps:
            if not callable(s):
                raise TypeError(f"a pipeline step must be callable Doc -> Doc, got {s!r}")
        object.__setattr__(self, "steps", steps)
        plan: list[tuple[Step, ...]] = []
        for s in steps:
            if plan and _settles(s) and _settles(plan[-1][-1]):
                plan[-1] = (*plan[-1], s)
            else:
                plan.append((s,))
        object.__setattr__(self, "_plan", tuple(plan))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(step_name(s) for s in self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise UnknownStepError(
                f"no step named {name!r} in this pipeline; its steps are: {', '.join(self.names)}"
            ) from None

    def without(self, *names: str) -> Pipeline:
        """The same pipeline without the named steps."""
        for n in names:
            self._index(n)
        return Pipeline(s for s in self.steps if step_name(s) not in names)

    def replace(self, name: str, step: Step) -> Pipeline:
        """The same pipeline with the named step replaced by `step`."""
        i = self._index(name)
        return Pipeline((*self.steps[:i], step, *self.steps[i + 1 :]))

    def then(self, *steps: Step) -> Pipeline:
        """The same pipeline with `steps` appended at the end."""
        return Pipeline((*self.steps, *steps))

    def insert_before(self, name: str, *steps: Step) -> Pipeline:
        i = self._index(name)
        return Pipeline((*self.steps[:i], *steps, *self.steps[i:]))

    def insert_after(self, name: str, *steps: Step) -> Pipeline:
        i = self._index(name) + 1
        return Pipeline((*self.steps[:i], *steps, *self.steps[i:]))

    def __call__(self, doc: Doc) -> Doc:
        for run in self._plan:
            if len(run) == 1 and not _settles(run[0]):
                doc = _run(run[0], doc)
                continue
            for _ in range(_MAX_ROUNDS):
                removed = len(doc.removed)
                for step in run:
                    doc = _run(step, doc)
                if len(doc.removed) == removed:
                    break
        return doc

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(self.names)}])"


def _run(step: Step, doc: Doc) -> Doc:
    try:
        out = step(doc)
    except Exception as exc:  # name the step: a user sees whose rule failed
        raise StepError(f"pipeline step {step_name(step)!r} raised {type(exc).__name__}: {exc}") from exc
    if not isinstance(out, Doc):
        raise StepError(f"pipeline step {step_name(step)!r} returned {type(out).__name__}, not a Doc")
    return out


def default_pipeline() -> Pipeline:
    """The library's own steps, in order. Copy and change it with `without`, `replace`, `then`."""
    from .clean.artefacts import (
        join_broken_lines,
        split_comma_joined_paragraphs,
        split_flattened_lines,
        unwrap_list_syntax,
    )
    from .clean.captions import (
        drop_alt_echoes,
        drop_caption_echoes,
        extract_captions,
        split_inline_captions,
        split_leading_credits,
        unwrap_caption_shortcodes,
    )
    from .clean.dom import drop_in_article_boxes, drop_linked_teasers, drop_outside_article
    from .clean.page import drop_page_header
    from .clean.related import (
        cut_glued_read_more,
        drop_glued_headlines,
        drop_related_blocks,
        split_glued_related_header,
    )
    from .clean.repeats import drop_repeated_paragraphs, drop_title_echoes
    from .clean.tail import drop_comment_section, strip_end_marker
    from .clean.widgets import (
        drop_footers,
        drop_outlet_domain_lines,
        drop_reaction_buttons,
        drop_share_calls,
        drop_site_banners,
        drop_widget_lines,
        drop_widget_suffixes,
        settle_header,
    )
    from .extract.breadcrumbs import extract_breadcrumb
    from .extract.comments import extract_comment_count
    from .extract.credits import drop_after_byline, extract_attribution, extract_byline, settle_credits
    from .extract.dateline import extract_dateline, extract_page_dateline, settle_dateline
    from .extract.lead import mark_sapo, settle_lead, strip_lead_prefix
    from .extract.marked import extract_marked_fields, extract_page_title, fill_from_page_meta
    from .extract.outlet import extract_outlet
    from .extract.tags import extract_tags, split_glued_tags
    from .extract.title import extract_title, extract_title_after_prefix, settle_title

    return Pipeline(
        [
            unwrap_list_syntax,
            split_comma_joined_paragraphs,
            strip_end_marker,
            extract_page_dateline,
            extract_marked_fields,
            drop_outside_article,
            drop_in_article_boxes,
            drop_linked_teasers,
            unwrap_caption_shortcodes,
            split_flattened_lines,
            split_glued_related_header,
            cut_glued_read_more,
            split_glued_tags,
            split_leading_credits,
            drop_comment_section,
            extract_comment_count,
            drop_widget_lines,
            drop_reaction_buttons,
            drop_widget_suffixes,
            drop_share_calls,
            join_broken_lines,
            drop_page_header,
            split_inline_captions,
            drop_site_banners,
            extract_breadcrumb,
            extract_dateline,
            extract_title,
            extract_page_title,
            drop_title_echoes,
            strip_lead_prefix,
            extract_title_after_prefix,
            drop_alt_echoes,
            drop_repeated_paragraphs,
            drop_related_blocks,
            drop_glued_headlines,
            extract_captions,
            drop_caption_echoes,
            mark_sapo,
            extract_tags,
            extract_attribution,
            drop_after_byline,
            extract_byline,
            drop_footers,
            drop_outlet_domain_lines,
            extract_outlet,
            settle_header,
            settle_credits,
            settle_title,
            settle_dateline,
            settle_lead,
            fill_from_page_meta,
        ]
    )
