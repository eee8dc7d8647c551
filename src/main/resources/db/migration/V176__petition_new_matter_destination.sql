-- Issue 21: what the national database (NĐ 55/2022 Art. 6) and the statistical forms ask of a
-- petition besides its kind.
--
-- new_matter: true a new matter (vụ việc mới phát sinh), false an old one (vụ việc cũ), null not
-- recorded (petitions entered before, and any whose intake left it open), as on reception visits (V170).
ALTER TABLE petition ADD COLUMN new_matter BOOLEAN;

-- destination_category: the category of the body a petition outside competence goes to (transfer or
-- guidance). Required by the step from now on (typed, or from the kind of a catalogue unit it is
-- transferred to); null on petitions handed on before and on imported ones whose books do not say.
ALTER TABLE petition ADD COLUMN destination_category VARCHAR(40)
    CONSTRAINT petition_destination_category_ck CHECK (destination_category IN (
        'NATIONAL_ASSEMBLY_PEOPLES_COUNCIL', 'STATE_ADMINISTRATION', 'PROSECUTION_COURT_ENFORCEMENT',
        'STATE_AUDIT', 'POLITICAL_SOCIO_POLITICAL', 'OTHER'));

-- Petitions already transferred to a unit of the catalogue: its kind says the category, as the step
-- now derives it (DestinationCategory.forUnitKind). A body named only in words stays unrecorded:
-- guessing "other" would be a silent default. The petitions so completed are queued again for the
-- national database by their trigger (their record now says the category).
UPDATE petition p SET destination_category = CASE u.kind
        WHEN 'PEOPLES_COMMITTEE' THEN 'STATE_ADMINISTRATION'
        WHEN 'DEPARTMENT' THEN 'STATE_ADMINISTRATION'
        WHEN 'INSPECTORATE' THEN 'STATE_ADMINISTRATION'
        WHEN 'PARTY_COMMITTEE' THEN 'POLITICAL_SOCIO_POLITICAL'
        WHEN 'FATHERLAND_FRONT' THEN 'POLITICAL_SOCIO_POLITICAL'
        WHEN 'ORGANISATION' THEN 'POLITICAL_SOCIO_POLITICAL'
        END
  FROM org_unit u
 WHERE u.id = p.target_unit_id AND p.state = 'TRANSFERRED';
