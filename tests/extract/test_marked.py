"""HTML marked fields and page metadata (extract/marked.py)."""

from __future__ import annotations

from vnnews_clean import clean_article

HEADLINE = "Tổng thống Mỹ và Trung Quốc điện đàm về thương mại, công nghệ và vấn đề Đài Loan"
P1 = "Theo thông báo của Nhà Trắng, hai nhà lãnh đạo đã thảo luận trong hơn hai giờ đồng hồ về nhiều vấn đề."
P2 = "Cuộc điện đàm diễn ra sau nhiều tháng căng thẳng giữa hai nền kinh tế lớn nhất thế giới."


def test_headline_from_title_tag_drops_its_echo_in_the_body() -> None:
    # the body prints the headline as a sentence (an image alt, a share box): it is not headline-shaped, so
    # only <title> gives the headline, and the echo must go as it does once the article is cleaned again
    page = f"<html><head><title>{HEADLINE} - Báo Ngày Mới</title></head><body><article><p>{HEADLINE}.</p><p>{P1}</p><p>{P2}</p></article></body></html>"
    art = clean_article(page)
    assert art.title == HEADLINE
    assert art.text == f"{P1}\n\n{P2}"
    assert [(r.rule, r.text) for r in art.removed if r.rule == "drop_title_echoes"] == [
        ("drop_title_echoes", f"{HEADLINE}.")
    ]
    again = clean_article(art.render())
    assert (again.title, again.text) == (art.title, art.text)


def test_headline_from_title_tag_keeps_a_body_sentence_that_only_starts_like_it() -> None:
    sentence = f"{HEADLINE} là chủ đề được nhiều chuyên gia bình luận trong tuần qua."
    page = f"<html><head><title>{HEADLINE} - Báo Ngày Mới</title></head><body><article><p>{sentence}</p><p>{P1}</p></article></body></html>"
    art = clean_article(page)
    assert art.text == f"{sentence}\n\n{P1}"


def test_list_syntax_around_the_title_tag_is_not_part_of_the_headline() -> None:
    # a crawler that saved str(list) into <title>; the text path unwraps the same line the same way
    page = (
        f"<html><head><title>['{HEADLINE}']</title></head><body><article><p>{P1}</p><p>{P2}</p></article></body></html>"
    )
    assert clean_article(page).title == HEADLINE


def test_title_tag_is_the_headline_before_alt_echoes_are_judged() -> None:
    # the headline glued to a photo caption in the body ("<title><caption>", seed 004's shape): with the
    # headline known from <title>, the echo is cut and the caption is a caption, as in a second cleaning
    caption = "Hai nhà lãnh đạo trong cuộc gặp năm 2023. (Ảnh: Reuters)"
    page = (
        f"<html><head><title>{HEADLINE} - Báo Ngày Mới</title></head><body><article>"
        f"<p>{P1}</p><p>{HEADLINE}{caption}</p><p>{P2}</p></article></body></html>"
    )
    art = clean_article(page)
    assert art.title == HEADLINE
    assert art.text == f"{P1}\n\n{P2}"
    assert [(i.caption, i.credit) for i in art.images] == [("Hai nhà lãnh đạo trong cuộc gặp năm 2023.", "Reuters")]
    again = clean_article(art.render())
    assert (again.title, again.text) == (art.title, art.text)
