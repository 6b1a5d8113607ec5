package org.patchwork.directory.agency;

/** What sort of organisation an agency is; practitioners filter the directory by it. */
public enum AgencyKind {
    DISTRICT_COUNCIL, COUNTY_COUNCIL, NHS, SCHOOL, FIRE_AND_RESCUE, POLICE, HOUSING, VOLUNTARY_SECTOR, OTHER
}
