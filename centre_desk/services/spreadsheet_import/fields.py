"""What rows of a spreadsheet can be, the fields each kind of row fills, the header
words (Russian, Kazakh, English) that name each field, and the words of coded fields."""

from __future__ import annotations

import dataclasses
import enum

from centre_desk.domain import regions
from centre_desk.domain.enums import (
    CaseCategory, Language, PlacementKind, RiskLevel, Sex, Stage)


class RowKind(enum.StrEnum):
    """What the rows of a file are (the CLI's ``--as``)."""

    PARTICIPANTS = "participants"
    """A person and their case at intake."""
    CLUB_MEMBERS = "club-members"
    """A woman and her membership of the mothers' club."""
    COURSE_STUDENTS = "course-students"
    """A person and their enrolment in an existing course (named by its title)."""
    PLACEMENTS = "placements"
    """A person and a request for a job, housing or a nursery place."""
    PERSONS = "persons"
    """Plain persons (family members), nothing else."""


class FieldType(enum.StrEnum):
    """How a cell's value is read."""

    TEXT = "text"
    DATE = "date"
    IIN = "iin"
    CODE = "code"
    """One of a fixed set of codes (``FieldSpec.codes``), mapped from the file's words."""


@dataclasses.dataclass(frozen=True)
class FieldSpec:
    """One field a column can be mapped to."""

    name: str
    type: FieldType = FieldType.TEXT
    required: bool = False
    limit: int | None = None
    codes: tuple[str, ...] = ()
    headers: tuple[str, ...] = ()
    """Header words that name this field (any case; compared after folding)."""


def _codes(enum_class: type[enum.Enum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum_class)


PERSON_FIELDS = (
    FieldSpec("surname", required=True, limit=100, headers=(
        "фамилия", "тегі", "тегi", "surname", "last name", "family name")),
    FieldSpec("given_name", required=True, limit=100, headers=(
        "имя", "аты", "есімі", "есiмi", "given name", "first name", "name")),
    FieldSpec("patronymic", limit=100, headers=(
        "отчество", "әкесінің аты", "акесинин аты", "patronymic", "middle name")),
    FieldSpec("full_name", limit=300, headers=(
        "фио", "ф.и.о.", "ф и о", "фамилия имя отчество", "аты-жөні", "аты жөні",
        "тегі аты әкесінің аты", "full name")),
    FieldSpec("iin", FieldType.IIN, headers=("иин", "жсн", "iin", "ИИН/ЖСН", "иин жсн")),
    FieldSpec("birth_date", FieldType.DATE, headers=(
        "дата рождения", "туған күні", "туган куни", "туылған күні", "birth date",
        "date of birth", "born", "д.р.", "дата рожд.")),
    FieldSpec("sex", FieldType.CODE, codes=_codes(Sex), headers=(
        "пол", "жынысы", "sex", "gender")),
    FieldSpec("phone", limit=40, headers=("телефон", "тел.", "тел", "phone", "telephone")),
    FieldSpec("address", limit=1000, headers=("адрес", "мекенжай", "мекен-жайы", "address")),
    FieldSpec("region", FieldType.CODE, codes=tuple(r.stored for r in regions.ALL),
              headers=("область", "регион", "облыс", "өңір", "region", "oblast")),
    FieldSpec("district", limit=100, headers=("район", "аудан", "district")),
    FieldSpec("language", FieldType.CODE, codes=_codes(Language), headers=(
        "язык", "тілі", "тіл", "language")),
    FieldSpec("notes", limit=4000, headers=("примечание", "примечания", "ескерту",
                                            "notes", "note", "comment")),
)

CASE_FIELDS = (
    FieldSpec("category", FieldType.CODE, required=True, codes=_codes(CaseCategory), headers=(
        "категория", "санаты", "category")),
    FieldSpec("facility", limit=200, headers=("учреждение", "мекеме", "колония", "facility",
                                              "penal colony")),
    FieldSpec("offence_article", limit=100, headers=("статья", "бап", "статья ук",
                                                     "offence article", "article")),
    FieldSpec("sentence_start", FieldType.DATE, headers=(
        "начало срока", "мерзімнің басы", "sentence start")),
    FieldSpec("sentence_end", FieldType.DATE, headers=(
        "конец срока", "мерзімнің аяғы", "sentence end")),
    FieldSpec("referral_source", limit=200, headers=(
        "кем направлен", "источник направления", "кім жолдады", "referral source",
        "referred by")),
    FieldSpec("risk_level", FieldType.CODE, codes=_codes(RiskLevel), headers=(
        "уровень риска", "риск", "тәуекел деңгейі", "risk level", "risk")),
    FieldSpec("stage", FieldType.CODE, codes=_codes(Stage), headers=(
        "этап", "стадия", "этап сопровождения", "кезең", "сүйемелдеу кезеңі", "stage")),
)

IMPORTED_STAGES = (Stage.INTAKE.value, Stage.ACTIVE.value)
"""The stages a row may bring a new case to; a renunciation (with its witness), an
outcome (with a second supervisor's approval) or a relapse is recorded in the case."""

CLUB_FIELDS = (
    FieldSpec("joined_on", FieldType.DATE, required=True, headers=(
        "дата вступления", "дата вступления в клуб", "қосылған күні", "joined on", "joined")),
    FieldSpec("reason", limit=1000, headers=("причина", "себебі", "reason")),
    FieldSpec("referred_by", limit=200, headers=("кем направлена", "кім жіберді",
                                                 "referred by")),
)

COURSE_FIELDS = (
    FieldSpec("course", required=True, limit=200, headers=("курс", "группа курса", "курс атауы",
                                                           "course")),
    FieldSpec("enrolled_on", FieldType.DATE, required=True, headers=(
        "дата зачисления", "қабылданған күні", "enrolled on", "enrolled")),
)

PLACEMENT_FIELDS = (
    FieldSpec("placement_kind", FieldType.CODE, required=True, codes=_codes(PlacementKind),
              headers=("вид помощи", "вид", "көмек түрі", "түрі", "kind", "placement kind",
                       "help")),
    FieldSpec("organisation", limit=200, headers=("организация", "ұйым", "работодатель",
                                                  "organisation", "organization", "employer")),
    FieldSpec("requested_on", FieldType.DATE, headers=(
        "дата обращения", "дата запроса", "өтініш күні", "requested on", "requested")),
    FieldSpec("placement_notes", limit=4000, headers=("примечание к помощи", "placement notes")),
)

FIELDS: dict[RowKind, tuple[FieldSpec, ...]] = {
    RowKind.PARTICIPANTS: PERSON_FIELDS + CASE_FIELDS,
    RowKind.CLUB_MEMBERS: PERSON_FIELDS + CLUB_FIELDS,
    RowKind.COURSE_STUDENTS: PERSON_FIELDS + COURSE_FIELDS,
    RowKind.PLACEMENTS: PERSON_FIELDS + PLACEMENT_FIELDS,
    RowKind.PERSONS: PERSON_FIELDS,
}
"""The fields a column can be mapped to, per kind of row, in the order a form shows
them. ``full_name`` stands for surname, given name and patronymic in one cell."""


def field(kind: RowKind, name: str) -> FieldSpec:
    """The field ``name`` of rows of ``kind`` (KeyError if it has none)."""
    for spec in FIELDS[kind]:
        if spec.name == name:
            return spec
    raise KeyError(name)


VALUE_WORDS: dict[str, dict[str, str]] = {
    "sex": {"м": "male", "муж": "male", "мужской": "male", "мужчина": "male", "ер": "male",
            "еркек": "male", "m": "male", "male": "male", "man": "male",
            "ж": "female", "жен": "female", "женский": "female", "женщина": "female",
            "әйел": "female", "айел": "female", "f": "female", "female": "female",
            "woman": "female"},
    "category": {
        "осужденный": "inmate", "осуждённый": "inmate", "осужденная": "inmate",
        "заключенный": "inmate", "сотталған": "inmate", "сотталган": "inmate",
        "inmate": "inmate", "prisoner": "inmate",
        "освобожденный": "ex_convict", "освобождённый": "ex_convict",
        "бывший осужденный": "ex_convict", "ранее судимый": "ex_convict",
        "босатылған": "ex_convict", "бұрын сотталған": "ex_convict",
        "ex-convict": "ex_convict", "ex convict": "ex_convict", "released": "ex_convict",
        "в группе риска": "at_risk", "группа риска": "at_risk",
        "под радикальным влиянием": "at_risk", "тәуекел тобы": "at_risk",
        "at risk": "at_risk", "at-risk": "at_risk",
        "возвращенец": "returnee", "возвращенка": "returnee", "возвращённый": "returnee",
        "вернувшийся из зоны конфликта": "returnee", "қайтарылған": "returnee",
        "қақтығыс аймағынан оралған": "returnee", "returnee": "returnee"},
    "risk_level": {"низкий": "low", "төмен": "low", "low": "low",
                   "средний": "medium", "орташа": "medium", "medium": "medium",
                   "высокий": "high", "жоғары": "high", "high": "high"},
    "language": {"русский": "ru", "рус": "ru", "орыс": "ru", "орыс тілі": "ru", "ru": "ru",
                 "russian": "ru", "казахский": "kk", "каз": "kk", "қазақ": "kk",
                 "қазақ тілі": "kk", "kk": "kk", "kazakh": "kk", "английский": "en",
                 "ағылшын": "en", "en": "en", "english": "en"},
    "stage": {"прием": "intake", "приём": "intake", "первичный прием": "intake",
              "первичный приём": "intake", "новый": "intake", "қабылдау": "intake",
              "intake": "intake", "активный": "active", "в работе": "active",
              "сопровождение": "active", "белсенді": "active", "active": "active",
              "активная работа": "active", "белсенді жұмыс": "active",
              "радикалды көзқарастан бас тарту": "renounced",
              "реабилитация завершена": "rehabilitated", "оңалту аяқталды": "rehabilitated",
              "возврат к радикальным взглядам": "relapsed",
              "радикалды көзқарасқа қайта оралу": "relapsed",
              "сопровождение прекращено": "closed", "сүйемелдеу тоқтатылды": "closed",
              "отказался": "renounced", "отказ от радикальных взглядов": "renounced",
              "бас тартты": "renounced", "renounced": "renounced",
              "реабилитирован": "rehabilitated", "оңалды": "rehabilitated",
              "rehabilitated": "rehabilitated", "рецидив": "relapsed", "relapsed": "relapsed",
              "закрыт": "closed", "закрыто": "closed", "жабылды": "closed",
              "closed": "closed"},
    "placement_kind": {"работа": "job", "трудоустройство": "job", "жұмыс": "job",
                       "job": "job", "жилье": "housing", "жильё": "housing",
                       "баспана": "housing", "тұрғын үй": "housing", "housing": "housing",
                       "детский сад": "nursery", "садик": "nursery", "балабақша": "nursery",
                       "nursery": "nursery"},
    "region": {word: region.stored for region in regions.ALL
               for word in (region.stored, region.kk, region.en, *region.former)},
}
"""Words a file may hold for each coded field, and the code each means: the start of
the automatic value table (mapping.guess_values), compared after folding."""
