from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ninjs_body import NinjsBody
    from ..models.ninjs_entity import NinjsEntity
    from ..models.ninjs_info_source import NinjsInfoSource
    from ..models.ninjs_standard import NinjsStandard
    from ..models.ninjs_text import NinjsText


T = TypeVar("T", bound="NinjsDocument")


@_attrs_define
class NinjsDocument:
    """
    Attributes:
        representationtype (str): Always 'full': the article text is the body.
        standard (NinjsStandard):
        type_ (str): Always 'text'.
        uri (str): 'urn:newsum:sha256:<hex>', from the summary id.
        bodies (list[NinjsBody] | Unset):
        descriptions (list[NinjsText] | Unset):
        headlines (list[NinjsText] | Unset):
        infosources (list[NinjsInfoSource] | Unset):
        language (None | str | Unset):
        organisations (list[NinjsEntity] | Unset):
        people (list[NinjsEntity] | Unset):
        places (list[NinjsEntity] | Unset):
        subjects (list[NinjsEntity] | Unset):
    """

    representationtype: str
    standard: NinjsStandard
    type_: str
    uri: str
    bodies: list[NinjsBody] | Unset = UNSET
    descriptions: list[NinjsText] | Unset = UNSET
    headlines: list[NinjsText] | Unset = UNSET
    infosources: list[NinjsInfoSource] | Unset = UNSET
    language: None | str | Unset = UNSET
    organisations: list[NinjsEntity] | Unset = UNSET
    people: list[NinjsEntity] | Unset = UNSET
    places: list[NinjsEntity] | Unset = UNSET
    subjects: list[NinjsEntity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        representationtype = self.representationtype

        standard = self.standard.to_dict()

        type_ = self.type_

        uri = self.uri

        bodies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bodies, Unset):
            bodies = []
            for bodies_item_data in self.bodies:
                bodies_item = bodies_item_data.to_dict()
                bodies.append(bodies_item)

        descriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.descriptions, Unset):
            descriptions = []
            for descriptions_item_data in self.descriptions:
                descriptions_item = descriptions_item_data.to_dict()
                descriptions.append(descriptions_item)

        headlines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headlines, Unset):
            headlines = []
            for headlines_item_data in self.headlines:
                headlines_item = headlines_item_data.to_dict()
                headlines.append(headlines_item)

        infosources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.infosources, Unset):
            infosources = []
            for infosources_item_data in self.infosources:
                infosources_item = infosources_item_data.to_dict()
                infosources.append(infosources_item)

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        organisations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organisations, Unset):
            organisations = []
            for organisations_item_data in self.organisations:
                organisations_item = organisations_item_data.to_dict()
                organisations.append(organisations_item)

        people: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.people, Unset):
            people = []
            for people_item_data in self.people:
                people_item = people_item_data.to_dict()
                people.append(people_item)

        places: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.places, Unset):
            places = []
            for places_item_data in self.places:
                places_item = places_item_data.to_dict()
                places.append(places_item)

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "representationtype": representationtype,
                "standard": standard,
                "type": type_,
                "uri": uri,
            }
        )
        if bodies is not UNSET:
            field_dict["bodies"] = bodies
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions
        if headlines is not UNSET:
            field_dict["headlines"] = headlines
        if infosources is not UNSET:
            field_dict["infosources"] = infosources
        if language is not UNSET:
            field_dict["language"] = language
        if organisations is not UNSET:
            field_dict["organisations"] = organisations
        if people is not UNSET:
            field_dict["people"] = people
        if places is not UNSET:
            field_dict["places"] = places
        if subjects is not UNSET:
            field_dict["subjects"] = subjects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ninjs_body import NinjsBody  # noqa: PLC0415
        from ..models.ninjs_entity import NinjsEntity  # noqa: PLC0415
        from ..models.ninjs_info_source import NinjsInfoSource  # noqa: PLC0415
        from ..models.ninjs_standard import NinjsStandard  # noqa: PLC0415
        from ..models.ninjs_text import NinjsText  # noqa: PLC0415

        d = dict(src_dict)
        representationtype = d.pop("representationtype")

        standard = NinjsStandard.from_dict(d.pop("standard"))

        type_ = d.pop("type")

        uri = d.pop("uri")

        _bodies = d.pop("bodies", UNSET)
        bodies: list[NinjsBody] | Unset = UNSET
        if _bodies is not UNSET:
            bodies = []
            for bodies_item_data in _bodies:
                bodies_item = NinjsBody.from_dict(bodies_item_data)

                bodies.append(bodies_item)

        _descriptions = d.pop("descriptions", UNSET)
        descriptions: list[NinjsText] | Unset = UNSET
        if _descriptions is not UNSET:
            descriptions = []
            for descriptions_item_data in _descriptions:
                descriptions_item = NinjsText.from_dict(descriptions_item_data)

                descriptions.append(descriptions_item)

        _headlines = d.pop("headlines", UNSET)
        headlines: list[NinjsText] | Unset = UNSET
        if _headlines is not UNSET:
            headlines = []
            for headlines_item_data in _headlines:
                headlines_item = NinjsText.from_dict(headlines_item_data)

                headlines.append(headlines_item)

        _infosources = d.pop("infosources", UNSET)
        infosources: list[NinjsInfoSource] | Unset = UNSET
        if _infosources is not UNSET:
            infosources = []
            for infosources_item_data in _infosources:
                infosources_item = NinjsInfoSource.from_dict(infosources_item_data)

                infosources.append(infosources_item)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _organisations = d.pop("organisations", UNSET)
        organisations: list[NinjsEntity] | Unset = UNSET
        if _organisations is not UNSET:
            organisations = []
            for organisations_item_data in _organisations:
                organisations_item = NinjsEntity.from_dict(organisations_item_data)

                organisations.append(organisations_item)

        _people = d.pop("people", UNSET)
        people: list[NinjsEntity] | Unset = UNSET
        if _people is not UNSET:
            people = []
            for people_item_data in _people:
                people_item = NinjsEntity.from_dict(people_item_data)

                people.append(people_item)

        _places = d.pop("places", UNSET)
        places: list[NinjsEntity] | Unset = UNSET
        if _places is not UNSET:
            places = []
            for places_item_data in _places:
                places_item = NinjsEntity.from_dict(places_item_data)

                places.append(places_item)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[NinjsEntity] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = NinjsEntity.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        ninjs_document = cls(
            representationtype=representationtype,
            standard=standard,
            type_=type_,
            uri=uri,
            bodies=bodies,
            descriptions=descriptions,
            headlines=headlines,
            infosources=infosources,
            language=language,
            organisations=organisations,
            people=people,
            places=places,
            subjects=subjects,
        )

        ninjs_document.additional_properties = d
        return ninjs_document

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
