"""The twenty regions and cities: a Kazakh and an English name for each, found again from
any of its names, and the 2022 decree's Russian names beside the stored ones."""

import pytest

from centre_desk.domain import regions

KAZAKH_LETTERS = set("әғқңөұүһі")


def test_twenty_divisions_each_with_its_own_code_and_names():
    assert len(regions.ALL) == len(regions.REGIONS) == 20
    assert len({region.code for region in regions.ALL}) == 20
    for language in ("kk", "en"):
        names = [regions.region_name(stored, language) for stored in regions.REGIONS]
        assert len(set(names)) == 20


@pytest.mark.parametrize(("stored", "kk", "en"), [
    ("Алматинская область", "Алматы облысы", "Almaty Region"),
    ("Алматы", "Алматы", "Almaty"),
    ("Восточно-Казахстанская область", "Шығыс Қазақстан облысы", "East Kazakhstan Region"),
    ("область Ұлытау", "Ұлытау облысы", "Ulytau Region"),
    ("область Жетісу", "Жетісу облысы", "Jetisu Region"),
    ("область Абай", "Абай облысы", "Abai Region"),
])
def test_a_region_is_named_in_each_language(stored, kk, en):
    assert regions.region_name(stored, "ru") == stored
    assert regions.region_name(stored, "kk") == kk
    assert regions.region_name(stored, "en") == en


def test_kazakh_names_are_written_in_kazakh():
    oblasts = [region.kk for region in regions.ALL if region.kk.endswith(" облысы")]
    assert len(oblasts) == 17
    assert not any("область" in region.kk for region in regions.ALL)
    assert sum(bool(KAZAKH_LETTERS & set(name.lower())) for name in oblasts) >= 10


def test_any_name_of_a_region_finds_what_is_stored():
    for region in regions.ALL:
        for name in (region.stored, region.kk, region.en, region.official_ru,
                     f"  {region.kk.upper()} "):
            assert regions.stored_region(name) == region.stored


def test_a_region_typed_by_hand_stays_as_typed():
    assert regions.region_name("Байконур", "kk") == "Байконур"
    assert regions.stored_region("  Байконур  ") == "Байконур"
    assert regions.region_name(None, "en") == ""


def test_the_2022_decree_names_are_stored_and_the_former_ones_are_read_as_them():
    official = {region.code: region.stored for region in regions.ALL}
    assert official["KZ-10"] == "область Абай"
    assert official["KZ-33"] == "область Жетісу"
    assert official["KZ-62"] == "область Ұлытау"
    assert regions.FORMER_NAMES == {"Абайская область": "область Абай",
                                    "Жетысуская область": "область Жетісу",
                                    "Улытауская область": "область Ұлытау"}
    assert regions.stored_region("Улытауская область") == "область Ұлытау"
    assert regions.region_name("Абайская область", "kk") == "Абай облысы"
    assert regions.code_of("Жетысуская область") == regions.code_of("область Жетісу") == "KZ-33"


def test_regions_are_ordered_as_a_reader_of_the_language_expects():
    russian = regions.in_reading_order(regions.REGIONS, "ru")
    kazakh = regions.in_reading_order(regions.REGIONS, "kk")
    assert russian[:3] == kazakh[:3] == ["Алматы", "Астана", "Шымкент"]
    assert russian[3:6] == ["область Абай", "Акмолинская область", "Актюбинская область"]
    assert russian[-2:] == ["Туркестанская область", "область Ұлытау"]
    shown = [regions.region_name(name, "kk") for name in kazakh[3:]]
    assert shown[:6] == ["Абай облысы", "Ақмола облысы", "Ақтөбе облысы", "Алматы облысы",
                         "Атырау облысы", "Батыс Қазақстан облысы"]
    assert shown[-3:] == ["Түркістан облысы", "Ұлытау облысы", "Шығыс Қазақстан облысы"]
    assert kazakh != russian
    assert regions.in_reading_order(["Байконур", "Астана", "Туркестанская область"], "en") \
        == ["Астана", "Туркестанская область", "Байконур"]


def test_a_region_is_found_by_part_of_any_of_its_names():
    assert regions.regions_named("Қарағанды") == ["Карагандинская область"]
    assert regions.regions_named("ұлытау") == ["область Ұлытау"]
    assert regions.regions_named("Karaganda") == ["Карагандинская область"]
    assert regions.regions_named("   ") == []


def test_a_register_written_with_a_former_region_name_imports_as_the_decree_s():
    from centre_desk.services.spreadsheet_import.fields import VALUE_WORDS

    words = VALUE_WORDS["region"]
    assert words["Абайская область"] == words["Абай облысы"] == "область Абай"
    assert words["Улытауская область"] == words["Ulytau Region"] == "область Ұлытау"
