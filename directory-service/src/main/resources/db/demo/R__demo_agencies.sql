-- DEMO ONLY (applied when PATCHWORK_DEMO_DATA=true): the five demo agencies whose identity providers the demo
-- realms in identity/ play (their identity providers are in the realm import, not made through onboarding), with the
-- email domains the sign-in page routes by. Re-running changes nothing already there.
INSERT INTO agency (code, name, kind, areas, switchboard_phone, email, identity_provider_alias, status)
VALUES ('lichfield-dc', 'Lichfield District Council', 'DISTRICT_COUNCIL', '{Lichfield,Burntwood}',
        '01543 308000', 'switchboard@lichfield-dc.example', 'lichfield-dc', 'ONBOARDED'),
       ('staffordshire-cc', 'Staffordshire County Council', 'COUNTY_COUNCIL',
        '{Lichfield,Burntwood,Tamworth,Stafford,Cannock}', '0300 111 8000', 'switchboard@staffordshire-cc.example',
        'staffordshire-cc', 'ONBOARDED'),
       ('nhs-primary-care', 'Demo Primary Care Trust', 'NHS', '{Lichfield,Burntwood,Tamworth}', '01543 412900',
        'reception@nhs-primary-care.example', 'nhs-primary-care', 'ONBOARDED'),
       ('schools-partnership', 'Demo Schools Partnership', 'SCHOOL', '{Lichfield,Burntwood}', '01543 510700',
        'office@schools-partnership.example', 'schools-partnership', 'ONBOARDED'),
       ('staffs-fire', 'Staffordshire Fire and Rescue Service', 'FIRE_AND_RESCUE',
        '{Lichfield,Burntwood,Tamworth,Stafford,Cannock}', '0300 330 1000', 'enquiries@staffs-fire.example',
        'staffs-fire', 'ONBOARDED')
ON CONFLICT (code) DO NOTHING;

INSERT INTO agency_email_domain (domain, agency_code)
VALUES ('lichfield-dc.example', 'lichfield-dc'),
       ('staffordshire-cc.example', 'staffordshire-cc'),
       ('nhs-primary-care.example', 'nhs-primary-care'),
       ('schools-partnership.example', 'schools-partnership'),
       ('demo-academy.example', 'schools-partnership'),
       ('staffs-fire.example', 'staffs-fire')
ON CONFLICT (domain) DO NOTHING;
