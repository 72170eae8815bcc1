package org.craftrank.shortlist.notice;

/**
 * What a public notice may know about a listed person: the publishable fields only, already as display text
 * (gender as 男/女). There is deliberately no field here for an ID number, phone, birth date or address.
 */
public record NoticePerson(String name, String gender, String ethnicity, String employer, String position,
                           String industry, String trade, String title, String skillLevel, String honours,
                           String awards, String recommendingUnit, String group) {
}
