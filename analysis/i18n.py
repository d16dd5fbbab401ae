"""Every word the council report and its charts show, in Dutch and English, and number formatting.

All user-facing text of ``report.py`` and ``charts.py`` lives here, so a translation is complete
when this file is. Dutch is the default language; English is chosen with ``--lang en``.

Numbers follow the language: Dutch ``1.234,5`` and ``€ 1.234``; English ``1,234.5`` and
``€1,234``. Shares are shown as percentages, and differences of shares in percentage points
(procentpunt).

The words of the Werklandschap tiles (Melding, Diagnostiek, ..., Nazorg) are the users' own words and
stay Dutch in the English report too (with a glossary); :data:`KEEP_IN_ENGLISH` lists them, and
:func:`dutch_vocabulary` gives every other Dutch word this file uses, for the test that checks an
English report for leftover Dutch.

Example::

    import i18n
    t = i18n.Texts("nl")
    t("verdict_none")                 # 'geen aantoonbaar verschil'
    t.eur(1234.5)                     # '€ 1.235'
    t.share(0.6123)                   # '61,2%'
"""

from __future__ import annotations

import math
import re

LANGUAGES = ("nl", "en")

NBSP = "\u00a0"  # keeps "€ 1.234" and "2,3 mln" on one line

# ---------------------------------------------------------------------------------------------
# Tile and rung names

#: Tile keys of the schema (stocks_by_tile columns, the events' tile enum) -> display name. The
#: names are the Werklandschap's own and are the same in both languages.
TILE_NAMES = {
    "melding": "Melding",
    "diagnostiek": "Diagnostiek",
    "maatschappelijk_fit": "Maatschappelijk fit",
    "orientatie": "Oriëntatie",
    "werk_fit": "Werk fit",
    "opleiden": "Opleiden",
    "bemiddeling": "Bemiddeling",
    "plaatsing": "Plaatsing",
    "nazorg": "Nazorg",
}

#: Domain terms kept in Dutch in the English report (users' words); the English report explains
#: them in a glossary. The language test removes exactly these phrases before looking for Dutch.
KEEP_IN_ENGLISH = tuple(TILE_NAMES.values()) + ("Orientatie", "Werklandschap", "loonkostensubsidie")

# ---------------------------------------------------------------------------------------------
# Strings. Each entry: key -> (Dutch, English). Placeholders use str.format.

_S: dict[str, tuple[str, str]] = {
    # Report frame
    "report_title": ("Resultaten van de simulatie", "Simulation results"),
    "report_intro": (
        "Het model volgt werkzoekenden in de bijstand, klantmanagers en werkgevers week voor week, "
        "{years} jaar lang. Elk scenario is {runs} keer gesimuleerd, telkens met een andere loop van "
        "het toeval; de scenario's doorlopen per herhaling dezelfde loop van het toeval, zodat hun "
        "verschillen eerlijk te vergelijken zijn.",
        "The model follows job seekers on social assistance, case managers and employers week by "
        "week for {years} years. Each scenario was simulated {runs} times, each time with another "
        "course of chance; the scenarios share the course of chance in each repetition, so their "
        "differences compare fairly.",
    ),
    "uncertainty": (
        "Hoe lees je de onzekerheid? Elk getal is het gemiddelde over de herhalingen, en het interval "
        "erachter (95%-betrouwbaarheidsinterval) geeft aan waar de uitkomst van het model vrijwel "
        "zeker ligt; bevat het interval van een verschil de nul, dan noemen we dat ‘geen aantoonbaar "
        "verschil’ en niet een winst of verlies.",
        "How to read the uncertainty: each number is the average over the repetitions, and the interval "
        "after it (95% confidence interval) shows where the model's result almost certainly lies; "
        "when the interval of a difference includes zero we call it ‘no demonstrable difference’, "
        "not a gain or a loss.",
    ),
    "glossary": (
        "",
        "Tile names are kept in Dutch, as municipal practice uses them: Melding (registration), "
        "Diagnostiek (assessment), Maatschappelijk fit (social stability: debts, childcare, health), "
        "Oriëntatie (orientation on work), Werk fit (work readiness), Opleiden (training), "
        "Bemiddeling (matching with employers), Plaatsing (placement), Nazorg (aftercare). The "
        "participation ladder runs from rung 1 (isolated) to rung 6 (paid work).",
    ),
    "many_scenarios": (
        "Dit bestand bevat {n} scenario's; de grafieken tonen ze daarom compact (één rij of lijn per "
        "scenario, zonder banden).",
        "This file holds {n} scenarios, so the charts show them compactly (one row or line per "
        "scenario, without bands).",
    ),
    "no_baseline": (
        "Geen scenario heeft de rol ‘basis’; ‘{name}’ (het eerste) dient als vergelijkingspunt.",
        "No scenario has the role ‘baseline’; ‘{name}’ (the first) serves as the reference.",
    ),
    "section_findings": ("Wat de grafieken laten zien", "What the charts show"),
    "section_conclusion": ("Conclusie", "Conclusion"),
    "conclusion_variant": ("‘{variant}’ vergeleken met ‘{baseline}’", "‘{variant}’ compared with ‘{baseline}’"),
    "conclusion_people": ("Mensen:", "People:"),
    "conclusion_money": ("Geld:", "Money:"),
    "conclusion_how_certain": ("Hoe zeker:", "How certain:"),
    "conclusion_level_per_year": ("{label}: gemiddeld {value} per jaar", "{label}: {value} per year on average"),
    "conclusion_level": ("{label}: {value}", "{label}: {value}"),
    "conclusion_spending": (
        "Uitgaven van de gemeente (personeel, diensten, loonkostensubsidie en uitkeringen): {amount} per jaar",
        "Spending of the municipality (staff, services, loonkostensubsidie and benefits): {amount} per year",
    ),
    "conclusion_certainty_single": (
        "Gemiddelden over {runs} herhalingen van de simulatie; de intervallen staan in de tabellen.",
        "Averages over {runs} repetitions of the simulation; the intervals are in the tables.",
    ),
    "conclusion_certainty": (
        "Elk scenario is {runs} keer gesimuleerd met dezelfde loop van het toeval. Een verschil heet "
        "aantoonbaar als het 95%-interval de nul niet bevat; anders kan het ook toeval zijn. De "
        "intervallen zeggen hoe zeker het model van zijn eigen uitkomst is, niet hoe goed het model "
        "de werkelijkheid treft.",
        "Each scenario was simulated {runs} times with the same course of chance. A difference is "
        "called demonstrable when its 95% interval does not include zero; otherwise it may be chance. "
        "The intervals say how sure the model is of its own result, not how well the model matches "
        "reality.",
    ),
    # Uncertainty runs (a results file with /uncertainty): how the conclusions hold under other
    # assumptions. No jargon for the Dutch reader: "varianten van de aannames", "toeval".
    "uncertainty_assumptions": (
        "Dit bestand bevat daarnaast een doorrekening met andere aannames: de vergelijking is {draws} keer "
        "overgedaan, telkens met andere waarden voor {params} aannames van het model die niet precies bekend "
        "zijn, en in elk van die varianten {reps} keer. In ‘{section}’ staan daarom twee intervallen. ‘Bij "
        "andere aannames’ geeft aan waar 95% van die varianten uitkomt: hoe sterk de uitkomst afhangt van wat "
        "we over de werkelijkheid aannemen. ‘Door toeval’ geeft aan hoeveel de uitkomst van {reps} herhalingen "
        "met dezelfde aannames alleen door toeval verschuift. Is het eerste interval veel breder dan het "
        "tweede, dan zit de onzekerheid vooral in de aannames en niet in het toeval; zijn ze ongeveer even "
        "breed, dan verschillen de varianten vooral door toeval.",
        "This file also holds a run under other assumptions: the comparison was repeated {draws} times, each "
        "time with other values for {params} of the model's assumptions that are not known exactly, and "
        "{reps} times within each of those sets. ‘{section}’ therefore gives two intervals. ‘Under other "
        "assumptions’ shows where 95% of those sets land: how much the result depends on what we assume about "
        "reality. ‘By chance’ shows how much the result of {reps} repetitions with the same assumptions moves "
        "by chance alone. When the first interval is much wider than the second, the uncertainty lies mostly "
        "in the assumptions, not in chance; when they are about as wide, the sets differ mostly by chance.",
    ),
    "unc_conclusion_label": ("Bij andere aannames:", "Under other assumptions:"),
    "unc_conclusion_robust": (
        "In {same} van de {used} doorgerekende varianten van de aannames {phrase}",
        "In {same} of the {used} sets of assumptions computed, {phrase}",
    ),
    "unc_conclusion_drivers": (
        "; hoe groot het verschil is, hangt vooral af van {drivers}.",
        "; how large the difference is depends mainly on {drivers}.",
    ),
    "unc_conclusion_no_drivers": (
        "; welke aannames de grootte van het verschil bepalen, is met {used} varianten nog niet te zeggen "
        "(daarvoor zijn er minstens {needed} nodig).",
        "; which assumptions decide how large the difference is cannot be told from {used} sets yet (that "
        "takes at least {needed}).",
    ),
    "unc_conclusion_no_clear_driver": (
        "; geen van de aannames bepaalt duidelijk hoe groot het verschil is.",
        "; no single assumption clearly decides how large the difference is.",
    ),
    "unc_conclusion_direction_open": (
        "Ook de richting van het effect hangt dus af van de aannames.",
        "So even the direction of the effect depends on the assumptions.",
    ),
    "unc_conclusion_none": (
        "In de {used} doorgerekende varianten van de aannames ligt het verschil rond nul.",
        "In the {used} sets of assumptions computed, the difference lies around zero.",
    ),
    "unc_conclusion_certainty": (
        "Daarnaast is de vergelijking {draws} keer overgedaan met andere waarden voor {params} aannames van "
        "het model; zie ‘{section}’.",
        "The comparison was also repeated {draws} times with other values for {params} of the model's "
        "assumptions; see ‘{section}’.",
    ),
    "section_assumptions": ("Hoe zeker bij andere aannames", "How certain under other assumptions"),
    "assumptions_intro": (
        "Het model rust op aannames die niet precies bekend zijn, zoals hoe vaak mensen uit een baan vallen, "
        "hoeveel Nazorg helpt en hoe werkgevers kandidaten kiezen. Daarom is de vergelijking {draws} keer "
        "doorgerekend, telkens met andere waarden voor {params} van die aannames (elk binnen wat de bronnen of "
        "een redelijke schatting toelaten), en in elk van die varianten {reps} keer. Per indicator staan "
        "hieronder het middelste resultaat van de varianten, waar 95% van de varianten uitkomt (bij andere "
        "aannames), hoeveel het resultaat alleen door toeval verschuift en, bij verschillen, in hoeveel "
        "varianten het verschil dezelfde kant op wijst. Aantallen en bedragen gelden voor de hele periode van "
        "{years} jaar. Het middelste resultaat kan afwijken van de uitkomsten elders in dit rapport: die zijn "
        "berekend met de standaardwaarden van de aannames.",
        "The model rests on assumptions that are not known exactly, such as how often people drop out of a "
        "job, how much Nazorg helps and how employers choose candidates. So the comparison was computed "
        "{draws} times, each time with other values for {params} of those assumptions (each within what the "
        "sources or a reasonable estimate allow), and {reps} times within each set. For each indicator the "
        "tables give the middle result of the sets, where 95% of the sets land (under other assumptions), how "
        "much the result moves by chance alone and, for differences, in how many sets the difference points "
        "the same way. Counts and amounts are for the whole period of {years} years. The middle result may "
        "differ from the results elsewhere in this report: those were computed with the assumptions' default "
        "values.",
    ),
    "assumptions_drivers_note": (
        "De laatste kolom noemt de aannames die een uitkomst het meest bepalen, geschat uit de varianten zelf. "
        "Een aanname staat er alleen als ze meer van de spreiding verklaart dan een aanname zonder enige "
        "invloed bij toeval zou doen; de lijst onder de tabellen zegt wat elke aanname in het model heet.",
        "The last column names the assumptions that decide an outcome most, estimated from the sets "
        "themselves. An assumption is named only when it explains more of the spread than an assumption "
        "without any influence would by chance; the list below the tables gives each one's name in the model.",
    ),
    "assumptions_drivers_too_few": (
        "Met {draws} varianten steekt geen enkele aanname boven het toeval uit; met meer varianten (minstens "
        "{needed}) is beter te zeggen welke aannames de uitkomsten het meest bepalen.",
        "With {draws} sets no assumption stands out from chance; more sets (at least {needed}) tell better "
        "which assumptions decide the results most.",
    ),
    "assumptions_no_clear_driver": (
        "Geen van de aannames bepaalt een van deze uitkomsten duidelijk.",
        "No single assumption clearly decides any of these results.",
    ),
    "assumptions_baseline": ("‘{baseline}’: de uitkomsten zelf", "‘{baseline}’: the results themselves"),
    "col_central": ("Middelste resultaat", "Middle result"),
    "col_over_assumptions": ("Bij andere aannames", "Under other assumptions"),
    "col_over_chance": ("Door toeval", "By chance"),
    "col_same_direction": ("Zelfde richting", "Same direction"),
    "col_drivers": ("Hangt vooral af van", "Depends mainly on"),
    "unc_same_sign": ("in {same} van de {used} varianten", "in {same} of the {used} sets"),
    "unc_no_drivers": ("geen duidelijke", "none clear"),
    "section_assumptions_named": ("De genoemde aannames", "The assumptions named"),
    "assumptions_named_intro": (
        "Elke genoemde aanname met de naam die het model ervoor gebruikt (regiosim params beschrijft ze) en "
        "de kleinste en grootste waarde in de doorgerekende varianten.",
        "Each assumption named above with the name the model uses for it (regiosim params describes them) "
        "and the smallest and largest value in the sets computed.",
    ),
    "col_assumption": ("Aanname", "Assumption"),
    "col_model_name": ("Naam in het model", "Name in the model"),
    "col_values_computed": ("Doorgerekende waarden", "Values computed"),
    "effect_per_year": (
        "{label}: aantoonbaar {direction}, {interval} per jaar ({relative} ten opzichte van de basis)",
        "{label}: demonstrably {direction}, {interval} per year ({relative} against the baseline)",
    ),
    "effect_total": (
        "{label}: aantoonbaar {direction}, {interval} ({relative} ten opzichte van de basis)",
        "{label}: demonstrably {direction}, {interval} ({relative} against the baseline)",
    ),
    "effect_none": ("{label}: geen aantoonbaar verschil; {interval}{per}", "{label}: no demonstrable difference; {interval}{per}"),
    "per_year_suffix": (" per jaar", " per year"),
    "conclusion_money_more": (
        "de gemeente geeft netto {amount} per jaar meer uit; verschil {interval}.",
        "the municipality spends a net {amount} per year more; difference {interval}.",
    ),
    "conclusion_money_less": (
        "de gemeente geeft netto {amount} per jaar minder uit; verschil {interval}.",
        "the municipality spends a net {amount} per year less; difference {interval}.",
    ),
    "conclusion_money_none": (
        "geen aantoonbaar verschil in de netto uitgaven per jaar: {interval}.",
        "no demonstrable difference in net spending per year: {interval}.",
    ),
    "conclusion_money_parts": ("Aantoonbare verschuivingen: {parts}.", "Demonstrable shifts: {parts}."),
    "conclusion_part": ("{part} {amount}", "{part} {amount}"),
    "section_effects": ("Effecten per jaar", "Effects per year"),
    "effects_intro": (
        "Per variant het verschil met ‘{baseline}’ over de hele gesimuleerde periode ({years} jaar), per "
        "jaar en als percentage van de basis; gemiddeld over {runs} herhalingen, met 95%-interval.",
        "Per variant the difference from ‘{baseline}’ over the whole simulated period ({years} years), "
        "per year and as a percentage of the baseline; averaged over {runs} repetitions, with 95% interval.",
    ),
    "col_difference": ("Verschil (hele periode)", "Difference (whole period)"),
    "col_per_year": ("Verschil per jaar", "Difference per year"),
    "col_relative": ("In % van de basis", "In % of the baseline"),
    "section_budget": ("Uitgaven en budgeteffect", "Spending and budget effect"),
    "budget_intro": (
        "Uitgaven van de gemeente per jaar, naar onderdeel, en het verschil van elke variant (negatief = "
        "besparing). Personeel: klantmanagers, jobcoaches, intake en accountmanagers; diensten: de "
        "tegels, werkplekaanpassing, no-riskpolis en ingekochte trajecten.",
        "Spending of the municipality per year, by part, and each variant's difference (negative = "
        "saving). Staff: case managers, job coaches, intake and account managers; services: the tiles, "
        "workplace adaptation, no-risk policy and purchased trajectories.",
    ),
    "col_part": ("Onderdeel", "Part"),
    "col_variant": ("Variant", "Variant"),
    "col_effect_of": ("Effect van ‘{variant}’", "Effect of ‘{variant}’"),
    "col_year": ("Jaar", "Year"),
    "budget_years_participation": ("Participatiebudget per jaar: vastgelegd, betaald en geweigerd",
                                   "Participation budget per year: committed, paid and refused"),
    "budget_years_income": ("Inkomensdeel (uitkeringen en loonkostensubsidie) per jaar: vastgelegd, betaald en geweigerd",
                            "Income budget (benefits and loonkostensubsidie) per year: committed, paid and refused"),
    "budget_measure_committed_eur": ("Vastgelegd", "Committed"),
    "budget_measure_paid_eur": ("Betaald", "Paid"),
    "budget_measure_refused_eur": ("Geweigerd (euro)", "Refused (euros)"),
    "budget_measure_refused": ("Geweigerde aanvragen", "Requests refused"),
    "budget_effect_row": ("Effect van ‘{variant}’ per jaar", "Effect of ‘{variant}’ per year"),
    "budget_years_note": (
        "Vastgelegd: wat in dat jaar is toegekend, tegen de verwachte kosten (een loonkostensubsidie of dienst "
        "voor de hele afgesproken duur); betaald: wat in dat jaar is uitgegeven; geweigerd: aanvragen die niet "
        "meer in het budget van dat jaar pasten. Gemiddelden over {runs} herhalingen.",
        "Committed: what was granted that year, at its expected cost (a loonkostensubsidie or service for its "
        "whole agreed term); paid: what was spent that year; refused: requests that no longer fitted that "
        "year's budget. Averages over {runs} repetitions."),
    "section_who": ("Wie heeft er baat bij?", "Who gains?"),
    "who_intro": (
        "Plaatsingen per jaar naar de trede waarop mensen zich meldden, naar leeftijd, soort uitkering en "
        "arbeidsbeperking, en betaalde uitkering per jaar naar soort uitkering: de basis en het verschil "
        "van de variant.",
        "Placements per year by the rung on which people registered, by age, type of benefit and "
        "disability, and benefit paid per year by type of benefit: the baseline and the variant's "
        "difference.",
    ),
    "col_dimension": ("Indeling", "Split by"),
    "col_group": ("Groep", "Group"),
    "col_baseline_per_year": ("‘{baseline}’ per jaar", "‘{baseline}’ per year"),
    "col_difference_per_year": ("Verschil per jaar", "Difference per year"),
    "who_dimension_entry_rung": ("plaatsingen, naar trede bij melding", "placements, by rung at registration"),
    "who_dimension_age_band": ("plaatsingen, naar leeftijd", "placements, by age"),
    "who_dimension_benefit_type": ("plaatsingen, naar soort uitkering", "placements, by type of benefit"),
    "who_dimension_disability": ("plaatsingen, naar arbeidsbeperking", "placements, by disability"),
    "group_disability_yes": ("met arbeidsbeperking", "with a disability"),
    "group_disability_no": ("zonder arbeidsbeperking", "without a disability"),
    "who_dimension_benefit_paid_by_type": ("betaalde uitkering, naar soort", "benefit paid, by type"),
    "who_absent": (
        "Niet in dit bestand, dus niet uitgesplitst: {dims}.",
        "Not in this file, so not split: {dims}.",
    ),
    "section_evaluation": ("Loonkostensubsidie: wie had ook zonder subsidie werk gevonden?",
                           "Loonkostensubsidie: who would have found work without the subsidy?"),
    "evaluation_intro": (
        "Dezelfde mensen leven in beide scenario's. Geteld zijn de plaatsingen met loonkostensubsidie in "
        "‘{evaluated}’; wie in ‘{other}’ binnen {window} weken ook werk vond, telt als meeneemeffect; wie "
        "zijn plek aan een gesubsidieerde kracht verloor, telt als verdringing. Effect op de deelnemers: "
        "extra weken werk in de {horizon} weken na de start. Totalen over de hele periode.",
        "The same people live in both scenarios. Counted are the placements with loonkostensubsidie in "
        "‘{evaluated}’; whoever also found work within {window} weeks in ‘{other}’ counts as deadweight; "
        "whoever lost their place to a subsidised worker counts as displacement. Effect on the "
        "participants: extra weeks of work in the {horizon} weeks after the start. Totals over the whole period.",
    ),
    "col_quantity": ("Grootheid", "Quantity"),
    "col_value": ("Waarde (95%-interval)", "Value (95% interval)"),
    "ve_subsidised_hires": ("Plaatsingen met loonkostensubsidie", "Placements with loonkostensubsidie"),
    "ve_deadweight": ("waarvan meeneemeffect (ook zonder subsidie aan het werk)", "of which deadweight (would have worked anyway)"),
    "ve_substitution": ("Substitutie: een ander bij dezelfde werkgever had de baan", "Substitution: someone else had the job at the same employer"),
    "ve_displacement": ("Verdringing bij andere werkgevers", "Displacement at other employers"),
    "ve_net_jobs": ("Netto extra banen", "Net extra jobs"),
    "ve_effect_on_treated_weeks_in_work": ("Extra weken werk per gesubsidieerde plaatsing", "Extra weeks of work per subsidised placement"),
    "about_scenario": ("Kenmerk van ‘{name}’", "Identity of ‘{name}’"),
    "kpis_left_out": (
        "Weggelaten omdat ze in geen enkel scenario voorkomen (beleid dat uit staat): {kpis}.",
        "Left out because they occur in no scenario (policies that are off): {kpis}.",
    ),
    "differences_unchanged": (
        "Niet in de tabel omdat ze in elke herhaling precies gelijk zijn aan de basis (het beleid raakt ze niet): {kpis}.",
        "Not in the table because they equal the baseline exactly in every replication (the policy does not touch them): {kpis}.",
    ),
    "section_scenarios": ("Scenario's", "Scenarios"),
    "section_kpis": ("Kerncijfers", "Key figures"),
    "section_differences": ("Verschillen met ‘{baseline}’", "Differences from ‘{baseline}’"),
    "section_charts": ("Grafieken", "Charts"),
    "section_missing": ("Wat nog ontbreekt", "Not shown"),
    "section_about": ("Over dit bestand", "About this file"),
    "differences_intro": (
        "Verschil van elke variant met ‘{baseline}’, per herhaling vergeleken (zelfde loop van het "
        "toeval), gemiddeld over {runs} herhalingen, met 95%-interval.",
        "Difference of each variant from ‘{baseline}’, compared repetition by repetition (same course "
        "of chance), averaged over {runs} repetitions, with 95% interval.",
    ),
    "kpis_intro": (
        "Gemiddelde over de herhalingen met 95%-interval tussen haakjes; geldbedragen en aantallen over de hele "
        "gesimuleerde periode van {weeks} weken.",
        "Average over the repetitions with the 95% interval in brackets; amounts and counts over the whole "
        "simulated period of {weeks} weeks.",
    ),
    "kpis_intro_noweeks": (
        "Gemiddelde over de herhalingen met 95%-interval tussen haakjes.",
        "Average over the repetitions with the 95% interval in brackets.",
    ),
    "col_scenario": ("Scenario", "Scenario"),
    "col_role": ("Rol", "Role"),
    "col_description": ("Beschrijving (uit het scenariobestand)", "Description (from the scenario file)"),
    "col_runs": ("Herhalingen", "Repetitions"),
    "col_indicator": ("Indicator", "Indicator"),
    "col_verdict": ("Oordeel", "Verdict"),
    "role_baseline": ("basis", "baseline"),
    "role_variant": ("variant", "variant"),
    "about_file": ("Bestand", "File"),
    "about_engine": ("Simulator", "Simulator"),
    "about_created": ("Gemaakt", "Created"),
    "about_command": ("Opdracht", "Command"),
    "about_seed": ("Startgetal toeval", "Base seed"),
    # The report on a findings file (regiosim findings)
    "findings_report_title": ("Beweringen uit de brondocumenten getoetst", "Claims of the source documents checked"),
    "findings_intro": (
        "Deze pagina toetst {claims} beweringen uit de brondocumenten aan het model, op de regio ‘{region}’ "
        "({source}). Elke bewering is een gepaard experiment: dezelfde mensen en dezelfde toevalsgetallen met en "
        "zonder de maatregel. Het experiment is herhaald voor {draws} trekkingen van de onzekere aannames, met "
        "{replications} herhalingen per trekking. Een bewering houdt stand als het effect in ten minste 90% van de "
        "trekkingen de beweerde richting heeft.",
        "This page checks {claims} claims of the source documents against the model, on the region ‘{region}’ "
        "({source}). Each claim is a paired experiment: the same people and the same random numbers with and without "
        "the measure. The experiment was repeated for {draws} draws of the uncertain assumptions, with "
        "{replications} repetitions per draw. A claim holds when the effect has the claimed direction in at least "
        "90% of the draws.",
    ),
    "findings_headline": ("{holds} van de {claims} beweringen houden stand onder de aannames.",
                          "{holds} of the {claims} claims hold under the assumptions."),
    "findings_few_draws": (
        "Met {draws} trekkingen is de uitslag grof: één trekking is {step} van het totaal. regiosim findings "
        "rekent standaard {default} trekkingen door.",
        "With {draws} draws the result is coarse: one draw is {step} of the total. regiosim findings computes "
        "{default} draws by default.",
    ),
    "section_claims": ("De beweringen", "The claims"),
    "section_claim_arms": ("Hoe elke bewering is gemeten", "How each claim was measured"),
    "col_claim": ("Bewering", "Claim"),
    "col_source": ("Bron", "Source"),
    "col_measured": ("Gemeten als", "Measured as"),
    "col_effect_draws": ("Effect (95% van de trekkingen)", "Effect (95% of the draws)"),
    "col_claimed_direction": ("In de beweerde richting", "In the claimed direction"),
    "col_baseline_arm": ("Basis", "Baseline"),
    "col_variant_arm": ("Variant", "Variant"),
    "claim_measured_minus": ("{kpi}, min de verandering van {minus}", "{kpi}, minus the change of {minus}"),
    "claim_holds": ("houdt stand", "holds"),
    "claim_fails": ("houdt geen stand", "does not hold"),
    "claim_undefined": ("niet te bepalen: in geen trekking gedefinieerd", "cannot be decided: undefined in every draw"),
    "claim_share": ("{holds} van {n} ({share})", "{holds} of {n} ({share})"),
    "claim_share_level": ("{holds} van {n} halen de belofte ({share})", "{holds} of {n} reach the promise ({share})"),
    "claim_measured_level": ("{kpi}, min de belofte", "{kpi}, minus the promise"),
    "levels_chart_name": ("Beloofde niveaus getoetst", "Promised levels checked"),
    "levels_chart_title": ("{holds} van de {claims} beloofde niveaus liggen binnen wat het model geeft",
                           "{holds} of the {claims} promised levels lie within what the model gives"),
    "levels_chart_subtitle": (
        "Gesimuleerd min beloofd: de mediaan over {draws} trekkingen (punt) en waar 95% van de trekkingen ligt "
        "(lijn); een belofte houdt stand als de lijn de 0 raakt",
        "Simulated minus promised: the median over {draws} draws (dot) and where 95% of the draws lie (line); a "
        "promise holds when the line reaches 0",
    ),
    "levels_axis": ("gesimuleerd min beloofd, procentpunt", "simulated minus promised, percentage points"),
    "levels_axis_plain": ("gesimuleerd min beloofd", "simulated minus promised"),
    "claims_chart_name": ("Beweringen getoetst", "Claims checked"),
    "claims_chart_title": ("{holds} van de {claims} beweringen over een richting houden stand onder de aannames",
                           "{holds} of the {claims} claims on a direction hold under the assumptions"),
    "claims_chart_subtitle": (
        "Aandeel van de {draws} trekkingen waarin het effect de beweerde richting heeft; de lijn bij 90% is de "
        "grens waarboven een bewering standhoudt",
        "Share of the {draws} draws in which the effect has the claimed direction; the line at 90% is the bar "
        "above which a claim holds",
    ),
    "claims_axis": ("trekkingen in de beweerde richting", "draws in the claimed direction"),
    "claims_bar_label": ("houdt stand vanaf 90%", "holds from 90%"),
    "claims_undefined_label": ("niet te bepalen", "cannot be decided"),
    "claims_source": ("Bron: {file} (regiosim findings), regio {region}, regiosim {version}, gemaakt {created}",
                      "Source: {file} (regiosim findings), region {region}, regiosim {version}, made {created}"),
    "about_region": ("Regio", "Region"),
    "about_draws": ("Trekkingen × herhalingen", "Draws × repetitions"),
    # The report on a calibration file (regiosim calibrate)
    "calibration_report_title": ("Kalibratie: {name}", "Calibration: {name}"),
    "calibration_intro": (
        "Deze pagina toont hoe {parameters} parameters van het model zijn geschat uit {targets} doelcijfers, met "
        "{method}: {evaluations} evaluaties, {runs} modelruns in totaal. Basisscenario: {base}. "
        "Of de schatting deugt, blijkt op seeds die niet voor het schatten zijn gebruikt.",
        "This page shows how {parameters} parameters of the model were estimated from {targets} target "
        "figures, with {method}: {evaluations} evaluations, {runs} model runs in all. Base scenario: {base}. Whether "
        "the estimate holds shows on seeds not used in the fitting.",
    ),
    "calibration_headline": ("{within} van de {targets} doelcijfers worden op niet-gebruikte seeds binnen de "
                             "tolerantie gehaald.",
                             "{within} of the {targets} target figures are met within tolerance on seeds not used "
                             "in the fitting."),
    "calibration_stop": ("Gestopt: {reason}.", "Stopped: {reason}."),
    "section_calibration_parameters": ("Geschatte parameters", "Estimated parameters"),
    "section_calibration_targets": ("Doelcijfers", "Target figures"),
    "calibration_parameters_abc": (
        "Schatting: het gemiddelde van de posterior; interval: waar 90% van de posterior ligt. Een verhouding "
        "sd/prior-sd dicht bij 1 betekent dat de doelcijfers de parameter nauwelijks vastleggen.",
        "Estimate: the posterior mean; interval: where 90% of the posterior lies. A ratio sd/prior sd close to 1 "
        "means the targets hardly pin the parameter down.",
    ),
    "calibration_parameters_opt": (
        "Schatting: het beste punt. De laatste kolom zegt hoeveel de afstand tot de doelen verandert bij 5% van het "
        "bereik lager of hoger; een kleine verandering betekent dat de doelcijfers de parameter zwak vastleggen.",
        "Estimate: the best point. The last column says how much the distance to the targets changes 5% of the "
        "range lower or higher; a small change means the targets pin the parameter down weakly.",
    ),
    "calibration_targets_intro": (
        "Fit: gemiddelde over de seeds van het schatten; controle: gemiddelde en 95%-interval over {holdout} seeds "
        "die niet zijn gebruikt.",
        "Fit: mean over the fitting seeds; check: mean and 95% interval over {holdout} seeds not used in fitting.",
    ),
    "col_parameter": ("Parameter", "Parameter"),
    "col_prior": ("Aanname vooraf", "Prior"),
    "col_range": ("Bereik", "Range"),
    "col_estimate": ("Schatting", "Estimate"),
    "col_posterior_90": ("90%-interval", "90% interval"),
    "col_sd_ratio": ("sd / prior-sd", "sd / prior sd"),
    "col_profile": ("Afstand bij -5% / +5%", "Distance at -5% / +5%"),
    "col_target_kpi": ("Doelcijfer", "Target"),
    "col_target_value": ("Doel ± tolerantie", "Target ± tolerance"),
    "col_fit": ("Fit", "Fit"),
    "col_holdout": ("Controle", "Check"),
    "col_within": ("Binnen tolerantie", "Within tolerance"),
    "at_bound": ("(op de grens)", "(at bound)"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "calibration_chart_name": ("Doelcijfers gehaald", "Targets met"),
    "calibration_chart_title": ("{within} van de {targets} doelcijfers binnen de tolerantie op niet-gebruikte seeds",
                                "{within} of the {targets} targets within tolerance on seeds not used in fitting"),
    "calibration_chart_subtitle": (
        "Afwijking van het doelcijfer, in toleranties (grijs: binnen de tolerantie); punt met lijn: controle met "
        "95%-interval; open ruit: fit",
        "Deviation from the target, in tolerances (grey: within tolerance); dot with line: check with 95% interval; "
        "open diamond: fit",
    ),
    "calibration_axis": ("afwijking van het doel, in toleranties", "deviation from the target, in tolerances"),
    "calibration_source": ("Bron: {file} (regiosim calibrate {name}), regiosim {version}, gemaakt {created}",
                           "Source: {file} (regiosim calibrate {name}), regiosim {version}, made {created}"),
    "about_calibration_definition": ("Kalibratiebestand", "Calibration file"),
    "about_calibrated_scenario": ("Scenario met de schatting", "Scenario with the estimate"),
    "about_generated": (
        "Dit rapport is gemaakt met ‘regiosim report’ uit het resultatenbestand; de grafieken staan "
        "ook als PNG en SVG in de map charts.",
        "This report was made with ‘regiosim report’ from the results file; the charts are also in "
        "the charts folder as PNG and SVG.",
    ),
    "figure_label": ("Figuur {n}", "Figure {n}"),
    "nothing_missing": ("Alle grafieken konden worden gemaakt.", "All charts could be made."),
    # Verdicts and values
    "verdict_higher": ("hoger", "higher"),
    "verdict_lower": ("lager", "lower"),
    "verdict_none": ("geen aantoonbaar verschil", "no demonstrable difference"),
    "verdict_few": ("te weinig herhalingen voor een interval", "too few repetitions for an interval"),
    "not_available": ("niet beschikbaar", "not available"),
    "interval": ("{mean} ({low} tot {high})", "{mean} ({low} to {high})"),
    "span": ("{low} tot {high}", "{low} to {high}"),
    "more": ("meer", "more"),
    "fewer": ("minder", "fewer"),
    "less": ("minder", "less"),
    "and": ("en", "and"),
    "against": ("tegen", "against"),
    # Units
    "unit_share": ("%", "%"),
    "unit_pp": ("procentpunt", "percentage points"),
    "unit_EUR": ("euro", "euros"),
    "unit_weeks": ("weken", "weeks"),
    "unit_persons": ("personen", "persons"),
    "unit_placements": ("plaatsingen", "placements"),
    "unit_spells": ("banen", "jobs"),
    "unit_employers": ("werkgevers", "employers"),
    "unit_placements_per_hour": ("plaatsingen per uur", "placements per hour"),
    "unit_index": ("index 0–1", "index 0–1"),
    "unit_eur_per_year": ("euro per jaar", "euros per year"),
    "unit_eur_million": ("mln", "million"),
    "unit_eur_million_short": ("mln", "m"),
    "a_year": ("een jaar", "a year"),
    "half_year": ("een half jaar", "six months"),
    "n_weeks": ("{n} weken", "{n} weeks"),
    # Sources and axes
    "source": (
        "Bron: regiosim-simulatie; {scenarios}; {runs} herhalingen per scenario",
        "Source: regiosim simulation; {scenarios}; {runs} repetitions per scenario",
    ),
    "source_one": ("scenario {name}", "scenario {name}"),
    "source_some": ("scenario's {names}", "scenarios {names}"),
    "source_many": ("{n} scenario's, basis {name}", "{n} scenarios, baseline {name}"),
    "baseline_tag": ("(basis)", "(baseline)"),
    "axis_week": ("week van de simulatie", "week of the simulation"),
    "axis_persons": ("aantal personen", "number of persons"),
    "axis_difference": ("verschil met ‘{baseline}’", "difference from ‘{baseline}’"),
    "band_legend": (
        "lijn = gemiddelde over {runs} herhalingen; donkere band = middelste helft van de herhalingen, "
        "lichte band = 90% ervan",
        "line = average over {runs} repetitions; dark band = middle half of the repetitions, light "
        "band = 90% of them",
    ),
    "lines_legend": (
        "één lijn per scenario (gemiddelde over de herhalingen); ‘{baseline}’ dik",
        "one line per scenario (average over the repetitions); ‘{baseline}’ thick",
    ),
    "no_difference_generic": (
        "Geen aantoonbaar verschil in {noun} tussen ‘{variant}’ en ‘{baseline}’",
        "No demonstrable difference in {noun} between ‘{variant}’ and ‘{baseline}’",
    ),
    "difference_generic": (
        "Met ‘{variant}’ {phrase} dan met ‘{baseline}’ ({diff})",
        "With ‘{variant}’ {phrase} than with ‘{baseline}’ ({diff})",
    ),
    "many_generic": (
        "{k} van de {n} varianten verschillen aantoonbaar van ‘{baseline}’ in {noun}",
        "{k} of the {n} variants differ demonstrably from ‘{baseline}’ in {noun}",
    ),
    "no_difference_any": (
        "Geen aantoonbaar verschil in {noun} tussen de varianten en ‘{baseline}’",
        "No demonstrable difference in {noun} between the variants and ‘{baseline}’",
    ),
    "other_scenarios": ("overige scenario's", "other scenarios"),
    "phrase_diff": ("{phrase} ({diff})", "{phrase} ({diff})"),
    "kpis_title_diff": (
        "Met ‘{variant}’ {phrases} dan met ‘{baseline}’",
        "With ‘{variant}’ {phrases} than with ‘{baseline}’",
    ),
    "kpis_title_many_none": (
        "Geen van de {n} varianten verschilt aantoonbaar van ‘{baseline}’ in {noun}",
        "None of the {n} variants differs demonstrably from ‘{baseline}’ in {noun}",
    ),
    "millions_eur": ("mln euro", "million euros"),
    "missing": ("{chart}: nog niet in dit bestand", "{chart}: not in this file yet"),
    "missing_reason": ("{chart}: nog niet in dit bestand ({reason})", "{chart}: not in this file yet ({reason})"),
    # Chart: KPI comparison
    "chart_kpis": ("Kerncijfers vergeleken", "Key figures compared"),
    "kpis_subtitle_diff": (
        "Verschil met ‘{baseline}’ per indicator: punt = gemiddeld verschil over {runs} herhalingen, streep = "
        "95%-interval; open punt = geen aantoonbaar verschil",
        "Difference from ‘{baseline}’ per indicator: dot = average difference over {runs} repetitions, bar = "
        "95% interval; open dot = no demonstrable difference",
    ),
    "kpis_subtitle_one": ("‘{variant}’.", "‘{variant}’."),
    "kpis_subtitle_levels": (
        "Gemiddelde over {runs} herhalingen per indicator, streep = 95%-interval",
        "Average over {runs} repetitions per indicator, bar = 95% interval",
    ),
    "kpis_title_single": ("Kerncijfers van ‘{name}’: {facts}", "Key figures of ‘{name}’: {facts}"),
    "fact_placements": ("{value} plaatsingen", "{value} placements"),
    "fact_sustained": ("{value} werkt na een jaar nog", "{value} still working after a year"),
    "fact_cost": ("{value} per duurzame plaatsing", "{value} per sustainable placement"),
    "kpis_no_difference": (
        "Geen aantoonbaar verschil tussen ‘{variant}’ en ‘{baseline}’ in de kerncijfers",
        "No demonstrable difference between ‘{variant}’ and ‘{baseline}’ in the key figures",
    ),
    "kpis_count_none": (
        "; in aantallen: geen aantoonbaar verschil in {noun} ({interval})",
        "; in numbers: no demonstrable difference in {noun} ({interval})",
    ),
    "kpis_count_differs": ("; in aantallen: {phrase} ({interval})", "; in numbers: {phrase} ({interval})"),
    "kpis_but_no": ("; geen aantoonbaar verschil in {nouns}", "; no demonstrable difference in {nouns}"),
    "kpis_title_many": (
        "{k} van de {n} varianten verschillen aantoonbaar van ‘{baseline}’ in {noun}",
        "{k} of the {n} variants differ demonstrably from ‘{baseline}’ in {noun}",
    ),
    # Chart: tiles and rungs over time
    "chart_tiles": ("Mensen per tegel", "People per tile"),
    "chart_rungs": ("Mensen per trede van de participatieladder", "People per rung of the participation ladder"),
    "tiles_subtitle": ("Aantal werkzoekenden per tegel, per week", "Number of job seekers per tile, per week"),
    "rungs_subtitle": (
        "Aantal werkzoekenden per trede van de participatieladder, per week",
        "Number of job seekers per rung of the participation ladder, per week",
    ),
    "tiles_title_single": (
        "De meeste mensen zitten in {tile}: gemiddeld {n} per week",
        "Most people are in {tile}: {n} per week on average",
    ),
    "tiles_title_diff": (
        "Met ‘{variant}’ zitten er gemiddeld {n} mensen {more} in {tile} dan met ‘{baseline}’",
        "With ‘{variant}’ there are on average {n} {more} people in {tile} than with ‘{baseline}’",
    ),
    "tiles_noun": ("het aantal mensen per tegel", "the number of people per tile"),
    "rungs_title_single": (
        "De grootste groep staat op {rung}: gemiddeld {n} mensen",
        "The largest group is on {rung}: {n} people on average",
    ),
    "rungs_title_diff": (
        "Met ‘{variant}’ staan er gemiddeld {n} mensen {more} op {rung} dan met ‘{baseline}’",
        "With ‘{variant}’ there are on average {n} {more} people on {rung} than with ‘{baseline}’",
    ),
    "rungs_noun": ("het aantal mensen per trede", "the number of people per rung"),
    "rung": ("trede {k}", "rung {k}"),
    "rung_1": ("trede 1: geïsoleerd", "rung 1: isolated"),
    "rung_2": ("trede 2: sociale contacten", "rung 2: social contacts"),
    "rung_3": ("trede 3: georganiseerde activiteiten", "rung 3: organised activities"),
    "rung_4": ("trede 4: onbetaald werk", "rung 4: unpaid work"),
    "rung_5": ("trede 5: betaald werk met ondersteuning", "rung 5: paid work with support"),
    "rung_6": ("trede 6: betaald werk", "rung 6: paid work"),
    # Chart: flow through the tiles
    "chart_flow": ("Route door de tegels", "Route through the tiles"),
    "flow_subtitle_events": (
        "Nieuwe meldingen uit week 0 tot {last}, elk {follow} weken gevolgd. Percentage = aandeel van "
        "de meldingen dat de tegel bereikt; pijl = volgende stap, dikte = aantal mensen; stappen van "
        "minder dan {min}% zijn weggelaten",
        "New registrants from week 0 to {last}, each followed for {follow} weeks. Percentage = share of "
        "registrants reaching the tile; arrow = next step, width = number of people; steps of less "
        "than {min}% are left out",
    ),
    "flow_subtitle_matrix": (
        "Aandeel van de nieuwe meldingen (week 0 tot {last}) dat binnen {follow} weken elke tegel en "
        "elke uitkomst bereikt, per scenario",
        "Share of new registrants (week 0 to {last}) reaching each tile and each outcome within "
        "{follow} weeks, per scenario",
    ),
    "flow_subtitle_stocks": (
        "Uit de weekcijfers (dit bestand heeft geen gebeurtenissen per persoon): vakje = gemiddeld "
        "aantal mensen per week in de tegel, pijl = gemiddelde stroom per week",
        "From the weekly figures (this file has no per-person events): box = average number of people "
        "per week in the tile, arrow = average flow per week",
    ),
    "flow_title_single": (
        "Van de nieuwe meldingen is binnen {within} {share} door werk uit de uitkering",
        "Of the new registrants, {share} left benefit through work within {within}",
    ),
    "flow_title_diff": (
        "Met ‘{variant}’ gaan binnen {within} {more} nieuwe meldingen door werk uit de uitkering "
        "dan met ‘{baseline}’ ({diff})",
        "With ‘{variant}’ {more} new registrants leave benefit through work within {within} than "
        "with ‘{baseline}’ ({diff})",
    ),
    "flow_noun": ("de uitstroom door werk binnen {within}", "leaving benefit through work within {within}"),
    "flow_title_stocks": (
        "Gemiddeld melden zich {inflow} mensen per week en gaan er {out} door werk uit de uitkering",
        "On average {inflow} people register per week and {out} leave benefit through work",
    ),
    "flow_title_stocks_diff": (
        "Met ‘{variant}’ gaan er gemiddeld {n} mensen per week {more} door werk uit de uitkering dan met ‘{baseline}’",
        "With ‘{variant}’ on average {n} {more} people per week leave benefit through work than with ‘{baseline}’",
    ),
    "flow_noun_stocks": ("de uitstroom door werk per week", "leaving benefit through work per week"),
    "flow_counts": (
        "{label} — per simulatie gemiddeld {registrations} meldingen van {people} verschillende mensen",
        "{label} — per simulation on average {registrations} registrations of {people} different people",
    ),
    "flow_balance": (
        "Balans per jaar: instroom {inflow} − andere uitstroom {other} − pensioen {pension} = {growth} "
        "mensen in beeld bij de gemeente (werk haalt niemand uit beeld: wie werkt, blijft in beeld en kan "
        "terugvallen).",
        "Balance per year: inflow {inflow} − other outflow {other} − pension {pension} = {growth} people "
        "known to the municipality (work takes no one out of view: those in work stay in view and may fall "
        "back).",
    ),
    "flow_outflow_work": ("uitstroom door werk", "outflow through work"),
    "flow_outflow_other": ("andere uitstroom", "other outflow"),
    "flow_in_service": ("in dienstverlening", "in service"),
    "flow_inflow": ("instroom", "inflow"),
    "flow_assigned": ("toegewezen", "assigned"),
    "flow_placements": ("plaatsingen", "placements"),
    "flow_assigned_note": (
        "toegewezen: nieuwe meldingen\nen wie een nieuwe\nklantmanager krijgt",
        "assigned: new registrants\nand those who get\na new case manager",
    ),
    "flow_returns": ("baan verloren, terug in dienstverlening", "job lost, back in service"),
    "flow_per_week": ("per week", "per week"),
    "flow_average": ("gemiddeld", "average"),
    "outcome_work": ("Uit uitkering door werk", "Off benefit through work"),
    "outcome_topup": ("Werk met aanvulling", "Work with top-up"),
    "outcome_lost": ("Baan weer verloren", "Job lost again"),
    "outcome_other": ("Andere uitstroom", "Other outflow"),
    "outcome_still": ("Nog in uitkering", "Still on benefit"),
    "outcome_work_short": ("Uit uitkering", "Off benefit"),
    # Chart: costs
    "chart_costs": ("Kosten en budgeteffect", "Costs and budget effect"),
    "costs_per_placement": ("Kosten per duurzame plaatsing (euro)", "Cost per sustainable placement (euros)"),
    "costs_net_effect": (
        "Budgeteffect t.o.v. ‘{baseline}’ per onderdeel (euro per jaar)",
        "Budget effect compared with ‘{baseline}’ by part (euros per year)",
    ),
    "costs_spending": ("Uitgaven per jaar (euro)", "Spending per year (euros)"),
    "budget_part_benefit": ("uitkeringen", "benefits"),
    "budget_part_lks": ("loonkostensubsidie", "loonkostensubsidie"),
    "budget_part_staff": ("personeel", "staff"),
    "budget_part_services": ("diensten en overige instrumenten", "services and other instruments"),
    "budget_part_net": ("netto", "net"),
    "costs_staff": ("personeel", "staff"),
    "costs_instruments": ("diensten en instrumenten", "services and instruments"),
    "costs_benefit": ("uitkeringen", "benefits"),
    "costs_subtitle": (
        "Budgeteffect = verschil in uitgaven per jaar: personeel, diensten en instrumenten, "
        "loonkostensubsidie en uitkeringen, en netto het totaal; negatief = besparing. Punt = "
        "gemiddelde, streep = 95%-interval, open punt = geen aantoonbaar verschil",
        "Budget effect = difference in spending per year: staff, services and instruments, "
        "loonkostensubsidie and benefits, and net the total; negative = saving. Dot = average, bar = "
        "95% interval, open dot = no demonstrable difference",
    ),
    "costs_subtitle_single": (
        "Kosten per duurzame plaatsing en de uitgaven van de gemeente per jaar. Punt = gemiddelde, "
        "streep = 95%-interval",
        "Cost per sustainable placement and the municipality's spending per year. Dot = average, bar "
        "= 95% interval",
    ),
    "costs_title_diff": (
        "Met ‘{variant}’ geeft de gemeente netto {amount} per jaar {more} uit dan met ‘{baseline}’",
        "With ‘{variant}’ the municipality spends a net {amount} per year {more} than with ‘{baseline}’",
    ),
    "costs_shifts": ("; aantoonbare verschuiving per jaar: {parts}", "; demonstrable shift per year: {parts}"),
    "costs_noun": ("de netto uitgaven", "net spending"),
    "costs_title_single": (
        "Een duurzame plaatsing kost gemiddeld {amount}",
        "A sustainable placement costs {amount} on average",
    ),
    "costs_title_spending": (
        "De gemeente geeft gemiddeld {amount} per jaar uit",
        "The municipality spends {amount} per year on average",
    ),
    "no_cost_data": ("kosten per duurzame plaatsing", "cost per sustainable placement"),
    # Chart: survival of placements
    "chart_survival": ("Hoe lang blijven mensen aan het werk", "How long people stay in work"),
    "survival_subtitle": (
        "Aandeel van de banen die in week 0 tot {last} begonnen en na zoveel weken nog lopen "
        "(Kaplan-Meier, uit de gebeurtenissen); {band}",
        "Share of the jobs started in week 0 to {last} that are still running after so many weeks "
        "(Kaplan-Meier, from the events); {band}",
    ),
    "survival_subtitle_spells": (
        "Aandeel van de banen dat na zoveel weken nog loopt, geteld over de banen die minstens zo "
        "lang voor het einde van de simulatie begonnen (na 52 weken is dit het kerncijfer ‘na een "
        "jaar nog aan het werk’); {band}",
        "Share of the jobs still running after so many weeks, counted over the jobs that started at "
        "least that long before the end of the simulation (after 52 weeks this is the key figure "
        "‘still working after a year’); {band}",
    ),
    "survival_subtitle_curve": (
        "Aandeel van de banen die na zoveel weken nog lopen, uit de overlevingscurve die het model "
        "in het bestand schreef; {band}",
        "Share of the jobs still running after so many weeks, from the survival curve the model "
        "wrote to the file; {band}",
    ),
    "survival_subtitle_kpi": (
        "Alleen na 26 en 52 weken, uit de kerncijfers (dit bestand heeft geen gebeurtenissen per "
        "persoon); punt = gemiddelde, streep = 95%-interval",
        "Only after 26 and 52 weeks, from the key figures (this file has no per-person events); dot = "
        "average, bar = 95% interval",
    ),
    "survival_title_single": (
        "Na {when} werkt nog {share} van de geplaatste mensen in dezelfde baan",
        "After {when}, {share} of the people placed are still in the same job",
    ),
    "survival_title_diff": (
        "Met ‘{variant}’ werkt na {when} een {more} deel van de geplaatsten nog in dezelfde baan dan "
        "met ‘{baseline}’ ({a} {against} {b})",
        "With ‘{variant}’ a {more} share of those placed is still in the same job after {when} than "
        "with ‘{baseline}’ ({a} {against} {b})",
    ),
    "larger": ("groter", "larger"),
    "smaller": ("kleiner", "smaller"),
    "survival_noun": ("het aandeel dat na {when} nog werkt", "the share still working after {when}"),
    "survival_x": ("weken sinds de start van de baan", "weeks since the job started"),
    "survival_y": ("nog in dezelfde baan (%)", "still in the same job (%)"),
    "survival_reason": (
        "geen gebeurtenissen per persoon en geen kerncijfers over duurzaam werk",
        "no per-person events and no key figures on sustained work",
    ),
    # Chart: effects year by year
    "chart_yearly": ("Effect per jaar", "Effect per year"),
    "yearly_reason": ("er is geen variant om mee te vergelijken", "there is no variant to compare with"),
    "yearly_placements": ("Verschil in plaatsingen (gestarte banen) per jaar", "Difference in placements (jobs started) per year"),
    "yearly_outflow_work": ("Verschil in uitstroom uit de uitkering door werk per jaar",
                            "Difference in leaving benefit through work per year"),
    "yearly_spending": ("Verschil in uitgaven van de gemeente per jaar (alle kosten en uitkeringen)",
                        "Difference in the municipality's spending per year (all costs and benefits)"),
    "yearly_unit_persons": ("personen per jaar", "persons per year"),
    "yearly_x": ("jaar van de simulatie", "year of the simulation"),
    "yearly_noun_placements": ("het aantal plaatsingen", "the number of placements"),
    "yearly_noun_outflow_work": ("de uitstroom door werk", "leaving benefit through work"),
    "yearly_noun_spending": ("de uitgaven", "spending"),
    "yearly_title_none": (
        "Met ‘{variant}’ is {noun} in het laatste jaar niet aantoonbaar anders dan met ‘{baseline}’",
        "With ‘{variant}’, {noun} in the last year is not demonstrably different from ‘{baseline}’",
    ),
    "yearly_title_count": (
        "Met ‘{variant}’ is {noun} in {m} van de {n} jaar aantoonbaar {more}, waaronder het laatste",
        "With ‘{variant}’, {noun} is demonstrably {more} in {m} of the {n} years, the last one included",
    ),
    "yearly_title_first": (
        "Met ‘{variant}’ is {noun} vanaf het eerste jaar aantoonbaar {more}",
        "With ‘{variant}’, {noun} is demonstrably {more} from the first year on",
    ),
    "yearly_title_from": (
        "Met ‘{variant}’ is {noun} vanaf jaar {year} aantoonbaar {more}",
        "With ‘{variant}’, {noun} is demonstrably {more} from year {year} on",
    ),
    "yearly_subtitle": (
        "Verschil met ‘{baseline}’ per simulatiejaar: punt = gemiddeld verschil over {runs} herhalingen, "
        "streep = 95%-interval; open punt = geen aantoonbaar verschil in dat jaar",
        "Difference from ‘{baseline}’ per simulated year: dot = average difference over {runs} repetitions, "
        "bar = 95% interval; open dot = no demonstrable difference in that year",
    ),
    # Chart: employer trust
    "chart_trust": ("Werkgeversvertrouwen", "Employer trust"),
    "trust_subtitle": (
        "Gemiddeld vertrouwen van werkgevers in de gemeente per week ({unit}); {band}",
        "Average trust of employers in the municipality per week ({unit}); {band}",
    ),
    "trust_y": ("vertrouwen ({unit})", "trust ({unit})"),
    "trust_title_single": (
        "Het vertrouwen van werkgevers {trend}: van {a} in de eerste weken naar {b} in de laatste",
        "Employer trust {trend}: from {a} in the first weeks to {b} in the last",
    ),
    "trust_up": ("stijgt", "rises"),
    "trust_down": ("daalt", "falls"),
    "trust_flat": ("blijft ongeveer gelijk", "stays about the same"),
    "trust_title_diff": (
        "Met ‘{variant}’ is het vertrouwen van werkgevers in het laatste jaar {more} dan met ‘{baseline}’ ({diff})",
        "With ‘{variant}’ employer trust in the last year is {more} than with ‘{baseline}’ ({diff})",
    ),
    "trust_noun": ("het vertrouwen van werkgevers", "employer trust"),
    # Sweep files (regiosim sweep): report frame
    "sweep_report_title": ("Resultaten van de parameterverkenning", "Results of the parameter sweep"),
    "sweep_intro": (
        "Dit rapport vat de parameterverkenning ‘{name}’ samen. Het model is {runs} keer gesimuleerd: "
        "{points} combinaties van instellingen (punten), elk met {per_point}. Alle combinaties "
        "doorlopen per herhaling dezelfde loop van het toeval, zodat hun verschillen eerlijk te "
        "vergelijken zijn.",
        "This report summarises the parameter sweep ‘{name}’. The model was simulated {runs} times: "
        "{points} combinations of settings (points), each with {per_point}. All combinations share "
        "the course of chance in each repetition, so their differences compare fairly.",
    ),
    "runs_one": ("1 herhaling", "1 repetition"),
    "runs_n": ("{n} herhalingen", "{n} repetitions"),
    "sweep_design_grid": (
        "De combinaties vormen een rooster: elke combinatie van de gekozen waarden komt precies één keer voor.",
        "The combinations form a grid: every combination of the chosen values occurs exactly once.",
    ),
    "sweep_design_lhs": (
        "De combinaties zijn zo over de bereiken verspreid dat elk bereik gelijkmatig gedekt is "
        "(Latin hypercube).",
        "The combinations are spread over the ranges so that each range is covered evenly (Latin "
        "hypercube).",
    ),
    "sweep_design_sobol": (
        "De combinaties liggen gelijkmatig verspreid over de bereiken (Sobol-reeks).",
        "The combinations are spread evenly over the ranges (Sobol sequence).",
    ),
    "sweep_design_saltelli": (
        "De combinaties volgen een ontwerp voor een gevoeligheidsanalyse (Saltelli): daarmee is te "
        "berekenen welk deel van de spreiding in elke uitkomst door elke instelling komt.",
        "The combinations follow a design for a sensitivity analysis (Saltelli): it shows which share "
        "of the spread in each outcome comes from each setting.",
    ),
    "sweep_design_morris": (
        "De combinaties vormen {trajectories} paden waarin telkens één instelling tegelijk verandert "
        "(Morris): daarmee is te zien welke instellingen de uitkomsten het sterkst beïnvloeden.",
        "The combinations form {trajectories} paths in which one setting changes at a time (Morris): "
        "they show which settings affect the outcomes most.",
    ),
    "design_grid": ("rooster", "grid"),
    "design_lhs": ("Latin hypercube", "Latin hypercube"),
    "design_sobol": ("Sobol-reeks", "Sobol sequence"),
    "design_saltelli": ("Saltelli, gevoeligheidsanalyse", "Saltelli, sensitivity analysis"),
    "design_morris": ("Morris, screening", "Morris, screening"),
    "sweep_uncertainty": (
        "Hoe lees je de onzekerheid? Elk punt in de grafieken is het gemiddelde over de herhalingen van één "
        "combinatie van instellingen, en de streep erdoor (95%-betrouwbaarheidsinterval) geeft aan "
        "waar de uitkomst van het model vrijwel zeker ligt. Bevat het interval van een verschil de "
        "nul, dan noemen we dat ‘geen aantoonbaar verschil’ en niet een winst of verlies.",
        "How to read the uncertainty: each dot in the charts is the average over the repetitions of one "
        "combination of settings, and the bar through it (95% confidence interval) shows where the "
        "model's result almost certainly lies. When the interval of a difference includes zero we "
        "call it ‘no demonstrable difference’, not a gain or a loss.",
    ),
    "sweep_uncertainty_single": (
        "Hoe lees je de onzekerheid? Elke combinatie van instellingen is één keer gesimuleerd, dus een "
        "punt in de grafieken heeft geen eigen interval; de spreiding van de punten laat zien hoeveel "
        "toeval en de andere instellingen uitmaken. Bevat het 95%-interval van een verschil de nul, "
        "dan noemen we dat ‘geen aantoonbaar verschil’ en niet een winst of verlies.",
        "How to read the uncertainty: each combination of settings was simulated once, so a dot in "
        "the charts has no interval of its own; the spread of the dots shows how much chance and the "
        "other settings matter. When the 95% interval of a difference includes zero we call it ‘no "
        "demonstrable difference’, not a gain or a loss.",
    ),
    "section_factors": ("Wat is gevarieerd", "What was varied"),
    "factors_intro": (
        "Elke combinatie is het basisscenario met deze instellingen anders:",
        "Each combination is the base scenario with these settings changed:",
    ),
    "col_setting": ("Instelling", "Setting"),
    "col_values": ("Waarden", "Values"),
    "col_unit": ("Eenheid", "Unit"),
    "col_key": ("Sleutel in het scenariobestand", "Key in the scenario file"),
    "col_point": ("Punt", "Point"),
    "range_between": ("van {low} tot {high}", "from {low} to {high}"),
    "value_true": ("ja", "yes"),
    "value_false": ("nee", "no"),
    "section_sensitivity": ("Welke instelling doet er het meest toe?", "Which setting matters most?"),
    "section_points": ("Uitkomsten per combinatie", "Results per combination"),
    "points_intro": (
        "Gemiddelde over de herhalingen met 95%-interval tussen haakjes.",
        "Average over the repetitions with the 95% interval in brackets.",
    ),
    "points_intro_single": (
        "Eén herhaling per combinatie, dus zonder interval.",
        "One repetition per combination, so without an interval.",
    ),
    "points_too_many": (
        "De {points} combinaties staan niet als tabel in dit rapport; ‘regiosim export’ schrijft ze "
        "naar points.csv en runs.csv.",
        "The {points} combinations are not tabled in this report; ‘regiosim export’ writes them to "
        "points.csv and runs.csv.",
    ),
    "about_sweep": ("Parameterverkenning", "Parameter sweep"),
    "about_definition": ("Definitie", "Definition"),
    "about_identity": ("Kenmerk van de definitie", "Identity of the definition"),
    "about_processes": ("Rekenprocessen (MPI)", "Processes (MPI)"),
    "processes": ("{n} op {hosts}", "{n} on {hosts}"),
    # Sweep charts: an outcome against the settings
    "chart_sweep_kpi": ("{kpi} per instelling", "{kpi} by setting"),
    "sweep_kpi_subtitle": (
        "Punt = gemiddelde over {reps} herhalingen van één combinatie van instellingen, streep = 95%-interval",
        "Dot = average over {reps} repetitions of one combination of settings, bar = 95% interval",
    ),
    "sweep_kpi_subtitle_single": (
        "Punt = één combinatie van instellingen (één herhaling, dus zonder interval)",
        "Dot = one combination of settings (one repetition, so without an interval)",
    ),
    "sweep_paired_row": (
        "; onderste rij: verschil met de laagste waarde van de instelling, per herhaling vergeleken "
        "(open punt = geen aantoonbaar verschil)",
        "; bottom row: difference from the setting's lowest value, compared repetition by repetition "
        "(open dot = no demonstrable difference)",
    ),
    "sweep_paired_title": ("Verschil met de laagste waarde: {factor}", "Difference from the lowest value: {factor}"),
    "axis_difference_short": ("verschil", "difference"),
    "sweep_lines_by": (
        "; in elk paneel een lijn per waarde van de andere instelling",
        "; in each panel one line per value of the other setting",
    ),
    "sweep_trend": (
        "; zwarte lijn = gemiddelde van de combinaties per deel van het bereik, met 95%-interval",
        "; black line = average of the combinations per part of the range, with 95% interval",
    ),
    "sweep_trend_values": (
        "; zwarte lijn = gemiddelde van de combinaties per waarde, met 95%-interval",
        "; black line = average of the combinations per value, with 95% interval",
    ),
    "sweep_trend_mixed": (
        "; zwarte lijn = gemiddelde van de combinaties per waarde of per deel van het bereik, met 95%-interval",
        "; black line = average of the combinations per value or per part of the range, with 95% interval",
    ),
    "sweep_title_diff": (
        "{factor}: bij {a} {phrase} dan bij {b} ({diff})",
        "{factor}: at {a} {phrase} than at {b} ({diff})",
    ),
    "sweep_title_none": (
        "Geen van de instellingen maakt aantoonbaar verschil in {noun}",
        "None of the settings makes a demonstrable difference to {noun}",
    ),
    "sweep_title_few": (
        "Het grootste verschil in {noun} geeft {factor}: {a_value} bij {a} tegen {b_value} bij {b} "
        "(één run per combinatie, dus zonder interval)",
        "The largest difference in {noun} comes with {factor}: {a_value} at {a} against {b_value} at "
        "{b} (one run per combination, so without an interval)",
    ),
    "sweep_title_sens": (
        "{noun} hangt het meest af van ‘{factor}’; de combinaties liggen tussen {low} en {high}",
        "{noun} depends most on ‘{factor}’; the combinations range from {low} to {high}",
    ),
    "sweep_title_sens_unsure": (
        "{noun} lijkt het meest af te hangen van ‘{factor}’; de combinaties liggen tussen {low} en {high}",
        "{noun} seems to depend most on ‘{factor}’; the combinations range from {low} to {high}",
    ),
    "high_values": ("de hoogste waarden ({range})", "the highest values ({range})"),
    "low_values": ("de laagste waarden ({range})", "the lowest values ({range})"),
    "sweep_kpi_missing": ("{chart}: deze uitkomst staat niet in dit bestand", "{chart}: this outcome is not in this file"),
    "source_sweep": (
        "Bron: regiosim-simulatie; parameterverkenning ‘{name}’ ({design}), {points} combinaties × {reps}",
        "Source: regiosim simulation; parameter sweep ‘{name}’ ({design}), {points} combinations × {reps}",
    ),
    # Sweep charts: sensitivity
    "chart_sensitivity": ("Welke instelling doet er het meest toe", "Which setting matters most"),
    "sens_sobol_subtitle": (
        "Een balk zegt welk deel van de spreiding in de uitkomst door de instelling komt: de volle balk "
        "(totale index) telt het samenspel met andere instellingen mee, de gearceerde balk "
        "(eerste-orde-index) alleen de instelling zelf; 0% = geen invloed, 100% = alle spreiding. "
        "Streep = 95%-interval (bootstrap){clipped}",
        "A bar says which share of the spread in the outcome comes from the setting: the solid bar "
        "(total index) counts the interplay with other settings too, the hatched bar (first-order "
        "index) only the setting itself; 0% = no influence, 100% = all of the spread. Bar through it "
        "= 95% interval (bootstrap){clipped}",
    ),
    "sens_clipped": ("; strepen die buiten de grafiek lopen zijn afgekapt", "; intervals running off the chart are cut off"),
    "sens_total": ("totaal, met samenspel", "total, with interplay"),
    "sens_first": ("alleen deze instelling", "this setting alone"),
    "sens_x_sobol": ("deel van de spreiding in de uitkomst (%)", "share of the spread in the outcome (%)"),
    "sens_morris_subtitle": (
        "Hoe verder naar rechts, hoe meer invloed: μ* is de gemiddelde verandering van de uitkomst als "
        "de instelling over haar hele bereik verschuift; hoe hoger de stip, hoe meer dat effect "
        "wisselt met de andere instellingen (σ). Uit {trajectories} paden die telkens één instelling "
        "veranderen",
        "The further right, the more influence: μ* is the average change in the outcome when the "
        "setting moves across its whole range; the higher the dot, the more that effect varies with "
        "the other settings (σ). From {trajectories} paths that each change one setting at a time",
    ),
    "sens_x_morris": ("gemiddelde verandering over het hele bereik, μ*{unit}", "average change across the whole range, μ*{unit}"),
    "sens_y_morris": ("wisseling van het effect, σ{unit}", "variation of the effect, σ{unit}"),
    "sens_title_clear": ("‘{factor}’ heeft de meeste invloed op {nouns}", "‘{factor}’ has the most influence on {nouns}"),
    "sens_title_unsure": (
        "‘{factor}’ lijkt de meeste invloed te hebben op {nouns}",
        "‘{factor}’ seems to have the most influence on {nouns}",
    ),
    "sens_sentence_sobol": (
        "{noun}: ‘{factor}’ heeft de meeste invloed (totale index {total}), gevolgd door ‘{second}’ ({second_total}).",
        "{noun}: ‘{factor}’ has the most influence (total index {total}), followed by ‘{second}’ ({second_total}).",
    ),
    "sens_sentence_sobol_unsure": (
        "{noun}: ‘{factor}’ heeft de hoogste totale index ({total}), maar het interval overlapt met dat "
        "van ‘{second}’ ({second_total}); met meer punten wordt de volgorde zekerder.",
        "{noun}: ‘{factor}’ has the highest total index ({total}), but its interval overlaps with that "
        "of ‘{second}’ ({second_total}); more points would make the order surer.",
    ),
    "sens_sentence_one": (
        "{noun}: ‘{factor}’ is de enige instelling die varieert ({total}).",
        "{noun}: ‘{factor}’ is the only setting that varies ({total}).",
    ),
    "sens_sentence_morris": (
        "{noun}: ‘{factor}’ heeft de meeste invloed (gemiddelde verandering over het hele bereik "
        "{mu_star}), gevolgd door ‘{second}’ ({second_mu_star}).",
        "{noun}: ‘{factor}’ has the most influence (average change across the whole range {mu_star}), "
        "followed by ‘{second}’ ({second_mu_star}).",
    ),
    "sens_sentence_morris_unsure": (
        "{noun}: ‘{factor}’ geeft de grootste gemiddelde verandering over het hele bereik ({mu_star}), "
        "maar ‘{second}’ komt dichtbij ({second_mu_star}); met meer paden wordt de volgorde zekerder.",
        "{noun}: ‘{factor}’ gives the largest average change across the whole range ({mu_star}), but "
        "‘{second}’ comes close ({second_mu_star}); more paths would make the order surer.",
    ),
    "sens_negligible": (" Vrijwel zonder invloed: {factors}.", " Hardly any influence: {factors}."),
    "sens_missing_kpi": (
        "{noun}: geen gevoeligheidsindices in dit bestand (de uitkomst is niet in elke combinatie bepaald).",
        "{noun}: no sensitivity indices in this file (the outcome is not defined in every combination).",
    ),
    "sens_intro_sobol": (
        "Gevoeligheidsanalyse volgens Sobol: welk deel van de spreiding in elke uitkomst komt door "
        "elke instelling. Met weinig punten zijn de intervallen breed en kunnen schattingen buiten "
        "0–100% vallen.",
        "Sensitivity analysis after Sobol: which share of the spread in each outcome comes from each "
        "setting. With few points the intervals are wide and estimates can fall outside 0–100%.",
    ),
    "sens_intro_morris": (
        "Screening volgens Morris: hoeveel verandert elke uitkomst gemiddeld als één instelling over "
        "haar hele bereik verschuift (μ*), en hoeveel dat effect wisselt (σ); μ heeft een teken: "
        "negatief = de uitkomst daalt als de instelling stijgt.",
        "Screening after Morris: how much each outcome changes on average when one setting moves "
        "across its whole range (μ*), and how much that effect varies (σ); μ has a sign: negative = "
        "the outcome falls as the setting rises.",
    ),
    "col_total": ("Totale index (met samenspel)", "Total index (with interplay)"),
    "col_first": ("Eerste-orde-index (alleen)", "First-order index (alone)"),
    "col_mu_star": ("μ* (gemiddelde verandering)", "μ* (average change)"),
    "col_mu": ("μ (met richting)", "μ (with direction)"),
    "col_sigma": ("σ (wisseling)", "σ (variation)"),
    "sens_not_applicable": (
        "{chart}: niet berekend bij het ontwerp ‘{design}’ (alleen bij ‘saltelli’ en ‘morris’)",
        "{chart}: not computed for the design ‘{design}’ (only for ‘saltelli’ and ‘morris’)",
    ),
    "sens_no_rows": (
        "{chart}: het bestand bevat geen gevoeligheidsindices voor de onderzochte uitkomsten",
        "{chart}: the file holds no sensitivity indices for the outcomes analysed",
    ),
}

# KPI texts: key -> {lang: (label, noun, up phrase, down phrase)}. The phrases follow "Met ‘X’" /
# "With ‘X’" and precede "dan met ‘Y’" / "than with ‘Y’".
_KPI: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "placements": {
        "nl": ("Plaatsingen (gestarte banen)", "het aantal plaatsingen", "zijn er meer plaatsingen", "zijn er minder plaatsingen"),
        "en": ("Placements (jobs started)", "the number of placements", "there are more placements", "there are fewer placements"),
    },
    "placement_rate_26w": {
        "nl": ("Binnen 26 weken aan het werk", "de kans op werk binnen een half jaar",
               "heeft een groter deel van de nieuwe meldingen binnen een half jaar werk",
               "heeft een kleiner deel van de nieuwe meldingen binnen een half jaar werk"),
        "en": ("In work within 26 weeks", "the chance of work within six months",
               "a larger share of new registrants finds work within six months",
               "a smaller share of new registrants finds work within six months"),
    },
    "sustained_rate_26w": {
        "nl": ("Na 26 weken nog in dezelfde baan", "het aandeel dat na een half jaar nog werkt",
               "werkt na een half jaar een groter deel van de geplaatsten nog",
               "werkt na een half jaar een kleiner deel van de geplaatsten nog"),
        "en": ("Still in the same job after 26 weeks", "the share still working after six months",
               "a larger share of those placed is still working after six months",
               "a smaller share of those placed is still working after six months"),
    },
    "sustained_rate_52w": {
        "nl": ("Na 52 weken nog in dezelfde baan (aandeel)", "het aandeel dat na een jaar nog werkt",
               "werkt na een jaar een groter deel van de geplaatsten nog",
               "werkt na een jaar een kleiner deel van de geplaatsten nog"),
        "en": ("Still in the same job after 52 weeks (share)", "the share still working after a year",
               "a larger share of those placed is still working after a year",
               "a smaller share of those placed is still working after a year"),
    },
    "sustainable_placements": {
        "nl": ("Duurzame plaatsingen (na een jaar nog aan het werk)", "het aantal mensen dat na een jaar nog werkt",
               "werken na een jaar meer mensen nog", "werken na een jaar minder mensen nog"),
        "en": ("Sustainable placements (still working after a year)", "the number of people still working after a year",
               "more people are still working after a year", "fewer people are still working after a year"),
    },
    "median_weeks_to_placement": {
        "nl": ("Weken van melding tot werk (mediaan)", "de tijd tot werk",
               "duurt het langer voordat mensen werk vinden", "vinden mensen sneller werk"),
        "en": ("Weeks from registration to work (median)", "the time to work",
               "it takes longer to find work", "people find work faster"),
    },
    "outflow_off_benefit": {
        "nl": ("Uitstroom uit de uitkering door werk", "de uitstroom door werk",
               "stromen meer mensen door werk uit de uitkering", "stromen minder mensen door werk uit de uitkering"),
        "en": ("Leaving benefit through work", "leaving benefit through work",
               "more people leave benefit through work", "fewer people leave benefit through work"),
    },
    "inflow_rate_year": {
        "nl": ("Instroom in de bijstand per jaar (aandeel)", "de jaarlijkse instroom in de bijstand",
               "stromen meer mensen de bijstand in", "stromen minder mensen de bijstand in"),
        "en": ("Yearly inflow into social assistance (share)", "the yearly inflow into social assistance",
               "more people flow into social assistance", "fewer people flow into social assistance"),
    },
    "bijstand_stock_factor_year": {
        "nl": ("Groeifactor van het aantal mensen in de bijstand per jaar", "de jaarlijkse groei van het bijstandsbestand",
               "groeit het bijstandsbestand sneller", "groeit het bijstandsbestand minder snel"),
        "en": ("Yearly growth factor of the number of people on social assistance", "the yearly growth of the social assistance stock",
               "the social assistance stock grows faster", "the social assistance stock grows more slowly"),
    },
    "outflow_rate_year": {
        "nl": ("Uitstroom uit de bijstand per jaar (aandeel)", "de jaarlijkse uitstroom uit de bijstand",
               "stromen meer mensen uit de bijstand", "stromen minder mensen uit de bijstand"),
        "en": ("Yearly outflow from social assistance (share)", "the yearly outflow from social assistance",
               "more people leave social assistance", "fewer people leave social assistance"),
    },
    "outflow_to_work_rate_year": {
        "nl": ("Uitstroom naar werk per jaar (aandeel)", "de jaarlijkse uitstroom naar werk",
               "stromen meer mensen uit naar werk", "stromen minder mensen uit naar werk"),
        "en": ("Yearly outflow to work (share)", "the yearly outflow to work",
               "more people leave social assistance for work", "fewer people leave social assistance for work"),
    },
    "parttime_with_benefit_share": {
        "nl": ("Deeltijdwerk naast de bijstand (aandeel)", "het aandeel met deeltijdwerk naast de bijstand",
               "werken meer mensen in deeltijd naast de bijstand", "werken minder mensen in deeltijd naast de bijstand"),
        "en": ("Part-time work with benefit (share)", "the share working part-time with benefit",
               "more people work part-time with benefit", "fewer people work part-time with benefit"),
    },
    "dropouts": {
        "nl": ("Uitval (banen die vroegtijdig eindigen)", "de uitval uit banen",
               "vallen meer mensen uit hun baan", "vallen minder mensen uit hun baan"),
        "en": ("Dropouts (jobs ending early)", "dropout from jobs",
               "more people drop out of their jobs", "fewer people drop out of their jobs"),
    },
    "subsidy_end_dismissals": {
        "nl": ("Ontslag bij einde loonkostensubsidie", "het ontslag bij het einde van de subsidie",
               "worden meer mensen ontslagen als de subsidie stopt", "worden minder mensen ontslagen als de subsidie stopt"),
        "en": ("Dismissals when the subsidy ends", "the dismissals when the subsidy ends",
               "more people are dismissed when the subsidy ends", "fewer people are dismissed when the subsidy ends"),
    },
    "cost_instruments_eur": {
        "nl": ("Kosten van diensten en instrumenten", "de kosten van diensten en instrumenten",
               "zijn de kosten van diensten en instrumenten hoger", "zijn de kosten van diensten en instrumenten lager"),
        "en": ("Cost of services and instruments", "the cost of services and instruments",
               "services and instruments cost more", "services and instruments cost less"),
    },
    "cost_staff_eur": {
        "nl": ("Personeelskosten (klantmanagers, jobcoaches)", "de personeelskosten",
               "zijn de personeelskosten hoger", "zijn de personeelskosten lager"),
        "en": ("Staff cost (case managers, job coaches)", "the staff cost", "the staff cost is higher",
               "the staff cost is lower"),
    },
    "benefit_paid_eur": {
        "nl": ("Betaalde uitkeringen", "de betaalde uitkeringen",
               "betaalt de gemeente meer aan uitkeringen", "betaalt de gemeente minder aan uitkeringen"),
        "en": ("Benefit paid", "the benefit paid",
               "the municipality pays more in benefit", "the municipality pays less in benefit"),
    },
    "cost_per_sustained_placement_eur": {
        "nl": ("Kosten per duurzame plaatsing", "de kosten per duurzame plaatsing",
               "kost een duurzame plaatsing meer", "kost een duurzame plaatsing minder"),
        "en": ("Cost per sustainable placement", "the cost per sustainable placement",
               "a sustainable placement costs more", "a sustainable placement costs less"),
    },
    "lks_paid_eur": {
        "nl": ("Betaalde loonkostensubsidie", "de betaalde loonkostensubsidie",
               "betaalt de gemeente meer loonkostensubsidie", "betaalt de gemeente minder loonkostensubsidie"),
        "en": ("Loonkostensubsidie paid", "the loonkostensubsidie paid",
               "the municipality pays more loonkostensubsidie", "the municipality pays less loonkostensubsidie"),
    },
    "lks_weeks_paid": {
        "nl": ("Weken loonkostensubsidie", "het aantal weken loonkostensubsidie",
               "worden meer weken loonkostensubsidie betaald", "worden minder weken loonkostensubsidie betaald"),
        "en": ("Weeks of loonkostensubsidie", "the weeks of loonkostensubsidie",
               "more weeks of loonkostensubsidie are paid", "fewer weeks of loonkostensubsidie are paid"),
    },
    "placements_with_lks": {
        "nl": ("Plaatsingen met loonkostensubsidie", "de plaatsingen met loonkostensubsidie",
               "krijgen meer mensen werk met loonkostensubsidie", "krijgen minder mensen werk met loonkostensubsidie"),
        "en": ("Placements with loonkostensubsidie", "the placements with loonkostensubsidie",
               "more people start work with loonkostensubsidie", "fewer people start work with loonkostensubsidie"),
    },
    "placements_low_loonwaarde": {
        "nl": ("Plaatsingen met een loonwaarde onder 50%", "de plaatsingen van mensen met een lage loonwaarde",
               "vinden meer mensen met een lage loonwaarde werk", "vinden minder mensen met een lage loonwaarde werk"),
        "en": ("Placements with a wage value below 50%", "the placements of people with a low wage value",
               "more people with a low wage value find work", "fewer people with a low wage value find work"),
    },
    "lks_loonwaarde_mean": {
        "nl": ("Gemiddelde loonwaarde bij loonkostensubsidie", "de gemiddelde loonwaarde bij loonkostensubsidie",
               "is de loonwaarde bij loonkostensubsidie hoger", "is de loonwaarde bij loonkostensubsidie lager"),
        "en": ("Mean wage value with loonkostensubsidie", "the mean wage value with loonkostensubsidie",
               "the wage value with loonkostensubsidie is higher", "the wage value with loonkostensubsidie is lower"),
    },
    "lks_loonwaarde_share_50_75": {
        "nl": ("Loonkostensubsidie met een loonwaarde van 50 tot 75%", "het aandeel met een loonwaarde van 50 tot 75%",
               "hebben meer mensen met loonkostensubsidie een loonwaarde van 50 tot 75%",
               "hebben minder mensen met loonkostensubsidie een loonwaarde van 50 tot 75%"),
        "en": ("Loonkostensubsidie with a wage value of 50 to 75%", "the share with a wage value of 50 to 75%",
               "more people with loonkostensubsidie have a wage value of 50 to 75%",
               "fewer people with loonkostensubsidie have a wage value of 50 to 75%"),
    },
    "trial_placements": {
        "nl": ("Proefplaatsingen", "het aantal proefplaatsingen",
               "beginnen meer mensen met een proefplaatsing", "beginnen minder mensen met een proefplaatsing"),
        "en": ("Trial placements", "the number of trial placements",
               "more people start with a trial placement", "fewer people start with a trial placement"),
    },
    "temporary_converted_share_104w": {
        "nl": ("Tijdelijke contracten die binnen twee jaar vast worden",
               "het aandeel tijdelijke contracten dat binnen twee jaar vast wordt",
               "worden meer tijdelijke contracten vast", "worden minder tijdelijke contracten vast"),
        "en": ("Temporary contracts made permanent within two years",
               "the share of temporary contracts made permanent within two years",
               "more temporary contracts become permanent", "fewer temporary contracts become permanent"),
    },
    "temporary_renewed_share": {
        "nl": ("Tijdelijke contracten die worden verlengd", "het aandeel tijdelijke contracten dat wordt verlengd",
               "worden meer tijdelijke contracten verlengd", "worden minder tijdelijke contracten verlengd"),
        "en": ("Temporary contracts renewed", "the share of temporary contracts renewed",
               "more temporary contracts are renewed", "fewer temporary contracts are renewed"),
    },
    "trial_conversion_rate": {
        "nl": ("Proefplaatsingen die een contract worden", "het aandeel proefplaatsingen dat een contract wordt",
               "worden meer proefplaatsingen een contract", "worden minder proefplaatsingen een contract"),
        "en": ("Trial placements that become a contract", "the share of trial placements that become a contract",
               "more trial placements become a contract", "fewer trial placements become a contract"),
    },
    "traineeships": {
        "nl": ("Stages", "het aantal stages", "beginnen meer mensen met een stage", "beginnen minder mensen met een stage"),
        "en": ("Traineeships", "the number of traineeships",
               "more people start with a traineeship", "fewer people start with a traineeship"),
    },
    "budget_exhausted_week": {
        "nl": ("Week van de eerste afwijzing door gebrek aan budget", "de week waarin het budget tekortschiet",
               "schiet het budget later tekort", "schiet het budget eerder tekort"),
        "en": ("Week of the first refusal for lack of budget", "the week the budget falls short",
               "the budget falls short later", "the budget falls short earlier"),
    },
    "participation_committed_eur": {
        "nl": ("Toegezegd uit het participatiebudget", "het toegezegde participatiebudget",
               "zegt de gemeente meer toe uit het participatiebudget", "zegt de gemeente minder toe uit het participatiebudget"),
        "en": ("Committed from the participation budget", "the participation budget committed",
               "the municipality commits more of its participation budget", "the municipality commits less of its participation budget"),
    },
    "participation_paid_eur": {
        "nl": ("Betaald uit het participatiebudget", "het betaalde participatiebudget",
               "betaalt de gemeente meer uit het participatiebudget", "betaalt de gemeente minder uit het participatiebudget"),
        "en": ("Paid from the participation budget", "the participation budget paid",
               "the municipality pays more from its participation budget", "the municipality pays less from its participation budget"),
    },
    "participation_refused": {
        "nl": ("Aanvragen afgewezen door het participatiebudget", "het aantal afgewezen aanvragen (participatiebudget)",
               "worden meer aanvragen afgewezen", "worden minder aanvragen afgewezen"),
        "en": ("Requests refused by the participation budget", "the requests refused (participation budget)",
               "more requests are refused", "fewer requests are refused"),
    },
    "income_committed_eur": {
        "nl": ("Toegezegd uit het inkomensdeel (BUIG)", "het toegezegde inkomensdeel",
               "zegt de gemeente meer toe uit het inkomensdeel", "zegt de gemeente minder toe uit het inkomensdeel"),
        "en": ("Committed from the income budget (BUIG)", "the income budget committed",
               "the municipality commits more of its income budget", "the municipality commits less of its income budget"),
    },
    "income_paid_eur": {
        "nl": ("Betaald uit het inkomensdeel (BUIG)", "het betaalde inkomensdeel",
               "betaalt de gemeente meer uit het inkomensdeel", "betaalt de gemeente minder uit het inkomensdeel"),
        "en": ("Paid from the income budget (BUIG)", "the income budget paid",
               "the municipality pays more from its income budget", "the municipality pays less from its income budget"),
    },
    "income_refused": {
        "nl": ("Loonkostensubsidies afgewezen door het inkomensdeel", "het aantal afgewezen loonkostensubsidies",
               "worden meer loonkostensubsidies afgewezen", "worden minder loonkostensubsidies afgewezen"),
        "en": ("Loonkostensubsidies refused by the income budget", "the loonkostensubsidies refused",
               "more loonkostensubsidies are refused", "fewer loonkostensubsidies are refused"),
    },
    "placements_disability_share": {
        "nl": ("Aandeel plaatsingen van mensen met een arbeidsbeperking",
               "het aandeel plaatsingen van mensen met een arbeidsbeperking",
               "is een groter deel van de plaatsingen van mensen met een arbeidsbeperking",
               "is een kleiner deel van de plaatsingen van mensen met een arbeidsbeperking"),
        "en": ("Share of placements of people with a work disability",
               "the share of placements of people with a work disability",
               "a larger share of placements are of people with a work disability",
               "a smaller share of placements are of people with a work disability"),
    },
    "placements_subsidised_jobs": {
        "nl": ("Plaatsingen in banen die er door loonkostensubsidie bij kwamen",
               "de plaatsingen in banen die er door loonkostensubsidie bij kwamen",
               "komen er meer banen bij door loonkostensubsidie", "komen er minder banen bij door loonkostensubsidie"),
        "en": ("Placements in jobs created by loonkostensubsidie", "the placements in jobs created by loonkostensubsidie",
               "more jobs are created by loonkostensubsidie", "fewer jobs are created by loonkostensubsidie"),
    },
    "employers_willing_share": {
        "nl": ("Aandeel werkgevers dat mensen uit de doelgroep wil aannemen",
               "het aandeel werkgevers dat mensen uit de doelgroep wil aannemen",
               "willen meer werkgevers mensen uit de doelgroep aannemen",
               "willen minder werkgevers mensen uit de doelgroep aannemen"),
        "en": ("Share of employers willing to hire from the target group",
               "the share of employers willing to hire from the target group",
               "more employers are willing to hire from the target group",
               "fewer employers are willing to hire from the target group"),
    },
    "regular_applicants_per_vacancy": {
        "nl": ("Andere sollicitanten per vacature per week", "het aantal andere sollicitanten per vacature",
               "is er meer concurrentie om vacatures", "is er minder concurrentie om vacatures"),
        "en": ("Other applicants per vacancy per week", "the other applicants per vacancy",
               "there is more competition for vacancies", "there is less competition for vacancies"),
    },
    "werkmakelaar_referred": {
        "nl": ("Aangemeld bij Werkmakelaar", "het aantal aanmeldingen bij Werkmakelaar",
               "worden meer mensen aangemeld bij Werkmakelaar", "worden minder mensen aangemeld bij Werkmakelaar"),
        "en": ("Referred to Werkmakelaar", "the number referred to Werkmakelaar",
               "more people are referred to Werkmakelaar", "fewer people are referred to Werkmakelaar"),
    },
    "werkmakelaar_wm1_share": {
        "nl": ("Werkmakelaar: binnen 4 weken aan het werk (belofte 30%)", "het aandeel dat binnen 4 weken werkt",
               "werken meer aangemelde mensen binnen 4 weken", "werken minder aangemelde mensen binnen 4 weken"),
        "en": ("Werkmakelaar: in work within 4 weeks (promise 30%)", "the share in work within 4 weeks",
               "more referred people work within 4 weeks", "fewer referred people work within 4 weeks"),
    },
    "werkmakelaar_wm2_share": {
        "nl": ("Werkmakelaar: via een stage aan het werk (belofte 30%)", "het aandeel dat via een stage werk vindt",
               "vinden meer aangemelde mensen werk via een stage", "vinden minder aangemelde mensen werk via een stage"),
        "en": ("Werkmakelaar: in work via a traineeship (promise 30%)", "the share in work via a traineeship",
               "more referred people find work via a traineeship", "fewer referred people find work via a traineeship"),
    },
    "werkmakelaar_wm3_share": {
        "nl": ("Werkmakelaar: na 4 en binnen 26 weken aan het werk (belofte 40%)",
               "het aandeel dat na 4 en binnen 26 weken werkt",
               "werken meer aangemelde mensen binnen een half jaar", "werken minder aangemelde mensen binnen een half jaar"),
        "en": ("Werkmakelaar: in work after 4 and within 26 weeks (promise 40%)",
               "the share in work after 4 and within 26 weeks",
               "more referred people work within six months", "fewer referred people work within six months"),
    },
    "referred_placed_26w_share": {
        "nl": ("Aangemelden: binnen 26 weken aan het werk", "het aandeel aangemelden dat binnen 26 weken werkt",
               "werken meer aangemelde mensen binnen een half jaar", "werken minder aangemelde mensen binnen een half jaar"),
        "en": ("Referred: in work within 26 weeks", "the share of referred people in work within 26 weeks",
               "more referred people work within six months", "fewer referred people work within six months"),
    },
    "referred_sustained_52w_share": {
        "nl": ("Aangemelden: na een jaar nog aan het werk", "het aandeel aangemelden dat na een jaar nog werkt",
               "werken meer aangemelde mensen na een jaar nog", "werken minder aangemelde mensen na een jaar nog"),
        "en": ("Referred: still in work after a year", "the share of referred people still in work after a year",
               "more referred people still work after a year", "fewer referred people still work after a year"),
    },
    "werkmakelaar_fees_eur": {
        "nl": ("Betaald aan Werkmakelaar", "wat aan Werkmakelaar betaald is",
               "betaalt de gemeente meer aan Werkmakelaar", "betaalt de gemeente minder aan Werkmakelaar"),
        "en": ("Paid to Werkmakelaar", "what is paid to Werkmakelaar",
               "the municipality pays Werkmakelaar more", "the municipality pays Werkmakelaar less"),
    },
    "in_house_team_eur": {
        "nl": ("Kosten van het eigen team", "de kosten van het eigen team",
               "kost het eigen team meer", "kost het eigen team minder"),
        "en": ("Cost of the in-house team", "the cost of the in-house team",
               "the in-house team costs more", "the in-house team costs less"),
    },
    "provider_network_employers": {
        "nl": ("Werkgevers in het netwerk van Werkmakelaar", "het netwerk van Werkmakelaar",
               "heeft Werkmakelaar meer werkgevers in zijn netwerk", "heeft Werkmakelaar minder werkgevers in zijn netwerk"),
        "en": ("Employers in the Werkmakelaar network", "the Werkmakelaar network",
               "Werkmakelaar has more employers in its network", "Werkmakelaar has fewer employers in its network"),
    },
    "provider_network_trust_mean": {
        "nl": ("Vertrouwen in Werkmakelaar (netwerk)", "het vertrouwen van werkgevers in Werkmakelaar",
               "vertrouwen werkgevers Werkmakelaar meer", "vertrouwen werkgevers Werkmakelaar minder"),
        "en": ("Trust in Werkmakelaar (network)", "employers' trust in Werkmakelaar",
               "employers trust Werkmakelaar more", "employers trust Werkmakelaar less"),
    },
    "job_hunter_network_employers": {
        "nl": ("Werkgevers in het netwerk van de jobhunters", "het netwerk van de jobhunters",
               "kennen de jobhunters meer werkgevers", "kennen de jobhunters minder werkgevers"),
        "en": ("Employers in the job hunters' network", "the job hunters' network",
               "the job hunters know more employers", "the job hunters know fewer employers"),
    },
    "job_hunter_network_trust_mean": {
        "nl": ("Vertrouwen in de jobhunters (netwerk)", "het vertrouwen van werkgevers in de jobhunters",
               "vertrouwen werkgevers de jobhunters meer", "vertrouwen werkgevers de jobhunters minder"),
        "en": ("Trust in the job hunters (network)", "employers' trust in the job hunters",
               "employers trust the job hunters more", "employers trust the job hunters less"),
    },
    "case_manager_insight_mean": {
        "nl": ("Inzicht van klantmanagers in hun klanten", "het inzicht van klantmanagers in hun klanten",
               "kennen klantmanagers hun klanten beter", "kennen klantmanagers hun klanten minder goed"),
        "en": ("Case managers' insight into their clients", "case managers' insight into their clients",
               "case managers know their clients better", "case managers know their clients less well"),
    },
    "case_manager_handovers": {
        "nl": ("Wisselingen van klantmanager", "het aantal wisselingen van klantmanager",
               "wisselen klanten vaker van klantmanager", "wisselen klanten minder vaak van klantmanager"),
        "en": ("Changes of case manager", "the number of changes of case manager",
               "clients change case manager more often", "clients change case manager less often"),
    },
    "employer_trust_mean": {
        "nl": ("Vertrouwen van werkgevers (gemiddeld)", "het vertrouwen van werkgevers",
               "hebben werkgevers meer vertrouwen in de gemeente", "hebben werkgevers minder vertrouwen in de gemeente"),
        "en": ("Employer trust (average)", "employer trust",
               "employers trust the municipality more", "employers trust the municipality less"),
    },
    "employers_in_network": {
        "nl": ("Werkgevers in het netwerk van de gemeente", "het aantal werkgevers in het netwerk",
               "kent de gemeente meer werkgevers", "kent de gemeente minder werkgevers"),
        "en": ("Employers in the municipality's network", "the number of employers in the network",
               "the municipality works with more employers", "the municipality works with fewer employers"),
    },
    "network_placements": {
        "nl": ("Plaatsingen bij werkgevers in het netwerk", "de plaatsingen bij werkgevers in het netwerk",
               "vinden meer mensen werk bij werkgevers in het netwerk",
               "vinden minder mensen werk bij werkgevers in het netwerk"),
        "en": ("Placements at employers in the network", "the placements at employers in the network",
               "more people find work at employers in the network",
               "fewer people find work at employers in the network"),
    },
    "placements_per_account_manager_hour": {
        "nl": ("Plaatsingen in het netwerk per uur accountmanager", "de plaatsingen per uur accountmanager",
               "levert een uur accountmanager meer plaatsingen op", "levert een uur accountmanager minder plaatsingen op"),
        "en": ("Network placements per hour of account managers", "the placements per hour of account managers",
               "an hour of account managers yields more placements", "an hour of account managers yields fewer placements"),
    },
    "placements_reserved": {
        "nl": ("Plaatsingen op banen voor de doelgroep", "de plaatsingen op banen voor de doelgroep",
               "krijgen meer mensen een baan die voor de doelgroep is vrijgehouden",
               "krijgen minder mensen een baan die voor de doelgroep is vrijgehouden"),
        "en": ("Placements in jobs reserved for the target group", "the placements in reserved jobs",
               "more people get a job reserved for the target group",
               "fewer people get a job reserved for the target group"),
    },
    "placement_rate_52w_rungs_1_3": {
        "nl": ("Binnen een jaar aan het werk, treden 1–3", "het aandeel op treden 1–3 dat binnen een jaar werkt",
               "vinden meer mensen ver van de arbeidsmarkt binnen een jaar werk",
               "vinden minder mensen ver van de arbeidsmarkt binnen een jaar werk"),
        "en": ("In work within a year, rungs 1–3", "the share on rungs 1–3 in work within a year",
               "more people far from the labour market find work within a year",
               "fewer people far from the labour market find work within a year"),
    },
    "placement_rate_52w_rungs_4_5": {
        "nl": ("Binnen een jaar aan het werk, treden 4–5", "het aandeel op treden 4–5 dat binnen een jaar werkt",
               "vinden meer mensen dicht bij de arbeidsmarkt binnen een jaar werk",
               "vinden minder mensen dicht bij de arbeidsmarkt binnen een jaar werk"),
        "en": ("In work within a year, rungs 4–5", "the share on rungs 4–5 in work within a year",
               "more people close to the labour market find work within a year",
               "fewer people close to the labour market find work within a year"),
    },    "placements_rungs_2_4": {
        "nl": ("Plaatsingen van mensen op treden 2–4", "de plaatsingen van mensen op treden 2–4",
               "vinden meer mensen die op treden 2–4 instroomden een baan",
               "vinden minder mensen die op treden 2–4 instroomden een baan"),
        "en": ("Placements of people on rungs 2–4", "the placements of people on rungs 2–4",
               "more people who registered on rungs 2–4 find a job",
               "fewer people who registered on rungs 2–4 find a job"),
    },
    "sustained_rate_52w_rungs_2_4": {
        "nl": ("Duurzaam geplaatst na een jaar, treden 2–4", "het aandeel duurzame plaatsingen van treden 2–4",
               "blijven mensen van treden 2–4 vaker aan het werk", "blijven mensen van treden 2–4 minder vaak aan het werk"),
        "en": ("Still in the job after a year, rungs 2–4", "the share of lasting placements from rungs 2–4",
               "people from rungs 2–4 stay in work more often", "people from rungs 2–4 stay in work less often"),
    },
    "sustained_rate_52w_rungs_1_3": {
        "nl": ("Duurzaam geplaatst na een jaar, treden 1–3", "het aandeel duurzame plaatsingen van treden 1–3",
               "blijven mensen van treden 1–3 vaker aan het werk", "blijven mensen van treden 1–3 minder vaak aan het werk"),
        "en": ("Still in the job after a year, rungs 1–3", "the share of lasting placements from rungs 1–3",
               "people from rungs 1–3 stay in work more often", "people from rungs 1–3 stay in work less often"),
    },
    "sustained_rate_52w_rungs_4_5": {
        "nl": ("Duurzaam geplaatst na een jaar, treden 4–5", "het aandeel duurzame plaatsingen van treden 4–5",
               "blijven mensen van treden 4–5 vaker aan het werk", "blijven mensen van treden 4–5 minder vaak aan het werk"),
        "en": ("Still in the job after a year, rungs 4–5", "the share of lasting placements from rungs 4–5",
               "people from rungs 4–5 stay in work more often", "people from rungs 4–5 stay in work less often"),
    },
    "growth_jobs_materialised": {
        "nl": ("Nieuwe banen door groei", "het aantal nieuwe banen door groei",
               "ontstaan meer nieuwe banen door groei", "ontstaan minder nieuwe banen door groei"),
        "en": ("New jobs from growth", "the number of new jobs from growth",
               "more new jobs appear from growth", "fewer new jobs appear from growth"),
    },
    "growth_placements": {
        "nl": ("Plaatsingen via Nieuwe Banen", "de plaatsingen via Nieuwe Banen",
               "stromen meer mensen via een inleertraject in een nieuwe baan",
               "stromen minder mensen via een inleertraject in een nieuwe baan"),
        "en": ("Placements via Nieuwe Banen", "the placements via Nieuwe Banen",
               "more people start a new job after learning in for it",
               "fewer people start a new job after learning in for it"),
    },
    "growth_share_filled_target_group": {
        "nl": ("Nieuwe banen naar de doelgroep", "het aandeel nieuwe banen dat naar de doelgroep gaat",
               "gaat een groter deel van de nieuwe banen naar de doelgroep",
               "gaat een kleiner deel van de nieuwe banen naar de doelgroep"),
        "en": ("New jobs going to the target group", "the share of new jobs going to the target group",
               "a larger share of new jobs goes to the target group",
               "a smaller share of new jobs goes to the target group"),
    },
    "growth_weeks_announcement_to_start": {
        "nl": ("Weken van aankondiging tot start", "de tijd van aankondiging tot start",
               "duurt het langer van aankondiging tot start", "gaat het sneller van aankondiging tot start"),
        "en": ("Weeks from announcement to start", "the time from announcement to start",
               "it takes longer from announcement to start", "it is quicker from announcement to start"),
    },
    "growth_learners_not_hired": {
        "nl": ("Na het inleren niet aangenomen", "het aantal leerlingen dat de werkgever na het inleren niet aanneemt",
               "neemt de werkgever na het inleren meer leerlingen niet aan",
               "neemt de werkgever na het inleren minder leerlingen niet aan"),
        "en": ("Not hired after learning in", "the number of learners the employer does not hire after learning in",
               "employers decline more learners after learning in",
               "employers decline fewer learners after learning in"),
    },
}

# Sweep factors: parameter key -> (Dutch, English) label, a noun phrase that starts a sentence. A
# factor whose key is not here is shown by its key.
_FACTOR: dict[str, tuple[str, str]] = {
    "sim.weeks": ("Gesimuleerde weken", "Weeks simulated"),
    "region.job_seekers": ("Aantal werkzoekenden", "Number of job seekers"),
    "region.employers": ("Aantal werkgevers", "Number of employers"),
    "region.case_managers": ("Aantal klantmanagers", "Number of case managers"),
    "region.job_coaches": ("Aantal jobcoaches", "Number of job coaches"),
    "region.account_managers": ("Accountmanagers (fte)", "Account managers (FTE)"),
    "policy.caseload_per_coach": ("Caseload per klantmanager", "Caseload per case manager"),
    "policy.case_manager_change_weeks": ("Wisseling van klantmanager (weken)", "Change of case manager (weeks)"),
    "policy.aftercare.weeks": ("Duur van de Nazorg", "Length of Nazorg"),
    "policy.growth_routes.enabled": ("Nieuwe Banen (groeiroutes)", "Nieuwe Banen (growth routes)"),
    "policy.growth_routes.account_manager_share": ("Tijd van accountmanagers voor groeigesprekken",
                                                   "Account-manager time for growth conversations"),
    "policy.growth_routes.finance_learning": ("Financiering van de inleerperiode", "Financing of the learning period"),
    "policy.growth_routes.certification": ("Certificering in de grootschalige route", "Certification on the large-scale route"),
    "policy.growth_routes.work_disability_eligible": ("Groeiroutes ook voor mensen met een arbeidsbeperking",
                                                      "Growth routes also for people with a work disability"),
    "policy.lks.enabled": ("Loonkostensubsidie", "Loonkostensubsidie"),
    "policy.lks.max_weeks": ("Langste duur van de loonkostensubsidie", "Longest loonkostensubsidie"),
    "policy.lks.phase_out_weeks": ("Afbouw van de loonkostensubsidie", "Phase-out of the loonkostensubsidie"),
    "policy.lks.max_loonwaarde": ("Hoogste loonwaarde met loonkostensubsidie", "Highest wage value with loonkostensubsidie"),
    "policy.lks.reassessment_weeks": ("Herbeoordeling van de loonwaarde", "Reassessment of the wage value"),
    "policy.trial_placement.enabled": ("Proefplaatsingen", "Trial placements"),
    "policy.trial_placement.weeks": ("Duur van een proefplaatsing", "Length of a trial placement"),
    "policy.traineeship.enabled": ("Stages", "Traineeships"),
    "policy.traineeship.weeks": ("Duur van een stage", "Length of a traineeship"),
    "policy.traineeship.contract_weeks": ("Contract na een stage", "Contract after a traineeship"),
    "policy.job_coaching.max_weeks": ("Duur van de jobcoaching", "Length of job coaching"),
    "policy.job_coaching.hours_per_week": ("Uren jobcoaching per week", "Job-coaching hours per week"),
    "policy.workplace_adaptation.enabled": ("Werkplekaanpassing", "Workplace adaptation"),
    "policy.no_risk.enabled": ("No-riskpolis", "No-risk policy"),
    "policy.participation_budget_eur_per_year": ("Participatiebudget per jaar", "Participation budget per year"),
    "policy.income_budget_eur_per_year": ("Inkomensdeel (BUIG) per jaar", "Income budget (BUIG) per year"),
    "policy.werkmakelaar.share": ("Aandeel naar Werkmakelaar", "Share referred to Werkmakelaar"),
    "policy.werkmakelaar.coaches": ("Jobcoaches van Werkmakelaar", "Werkmakelaar job coaches"),
    "policy.werkmakelaar.caseload": ("Caseload bij Werkmakelaar", "Werkmakelaar caseload"),
    "policy.werkmakelaar.price_eur": ("Prijs van Werkmakelaar per cliënt", "Werkmakelaar price per client"),
    "policy.werkmakelaar.max_weeks": ("Langste traject bij Werkmakelaar", "Longest Werkmakelaar trajectory"),
    "policy.werkmakelaar.min_rung": ("Laagste trede voor Werkmakelaar", "Lowest rung for Werkmakelaar"),
    "policy.werkmakelaar.max_rung": ("Hoogste trede voor Werkmakelaar", "Highest rung for Werkmakelaar"),
    "policy.werkmakelaar.per_year": ("Aanmeldingen bij Werkmakelaar per jaar", "Werkmakelaar referrals per year"),
    "policy.werkmakelaar.include_stock": ("Ook zittend bestand naar Werkmakelaar", "Existing caseload referred too"),
    "policy.werkmakelaar.in_house": ("Eigen team van de gemeente in plaats van Werkmakelaar",
                                     "In-house team instead of Werkmakelaar"),
    "policy.werkmakelaar.team_hours_per_week": ("Uren per coach van het eigen team", "Hours per in-house team coach"),
    "policy.werkmakelaar.placement_fee_eur": ("Prijs van Werkmakelaar per plaatsing", "Werkmakelaar fee per placement"),
    "policy.employer_approach": ("Werkgeversbenadering", "Employer approach"),
    "policy.per_person.integral_up_to_rung": ("Integrale aanpak tot en met trede", "Integral approach up to rung"),
    "policy.per_person.supply_up_to_rung": ("Aanbodgerichte aanpak tot en met trede", "Candidate-first approach up to rung"),
    "policy.cold_acquisition_share": ("Aandeel koude acquisitie", "Share of cold acquisition"),
    "policy.single_contact": ("Eén contactpersoon per werkgever", "One contact person per employer"),
    "policy.account_manager.hours_per_network_employer": ("Uren accountmanager per werkgever in het netwerk",
                                                          "Account-manager hours per network employer"),
    "policy.social_return.share": ("Aandeel contracten met social return", "Share of contracts with social return"),
}

# Values of choice factors: key -> {value: (Dutch, English)}; other values are shown as written.
_FACTOR_VALUES: dict[str, dict[str, tuple[str, str]]] = {
    "policy.employer_approach": {
        "integral": ("integraal", "integral"),
        "demand": ("vraaggericht", "vacancy first"),
        "supply": ("aanbodgericht", "candidate first"),
        "per_person": ("per persoon", "per person"),
    },
}

# Units of factors (the parameter table's units) -> (Dutch, English) display unit; shares are shown
# in percent. Other units are shown as written.
_FACTOR_UNITS: dict[str, tuple[str, str]] = {
    "-": ("", ""),
    "1": ("", ""),
    "share": ("%", "%"),
    "share of full productivity": ("% van volledige productiviteit", "% of full productivity"),
    "weeks": ("weken", "weeks"),
    "persons": ("personen", "persons"),
    "persons (FTE)": ("fte", "FTE"),
    "employers": ("werkgevers", "employers"),
    "seekers per case manager": ("werkzoekenden per klantmanager", "seekers per case manager"),
    "clients per coach": ("cliënten per coach", "clients per coach"),
    "hours per week": ("uur per week", "hours per week"),
    "hours": ("uur", "hours"),
    "EUR": ("euro", "euros"),
    "EUR per year": ("euro per jaar", "euros per year"),
    "EUR per client": ("euro per cliënt", "euros per client"),
    "EUR per week": ("euro per week", "euros per week"),
    "EUR per hour": ("euro per uur", "euros per hour"),
    "vacancies per week": ("vacatures per week", "vacancies per week"),
    "ladder rung": ("trede", "rung"),
}

# Uncertain parameters (those with a prior that an uncertainty run varies): key -> (Dutch, English)
# description in plain words, a noun phrase in lower case that reads after "hangt vooral af van" /
# "depends mainly on". The report shows it with the key; a key without one is shown by its key (and,
# in English, by the parameter table's meaning). tests/analysis/check_uncertainty.py checks that every
# parameter an uncertainty run varies has one.
_PARAMETER: dict[str, tuple[str, str]] = {
    "coach.client_time_share": ("het deel van de werktijd dat klantmanagers aan cliënten besteden",
                                "the share of case managers' time spent with clients"),
    "coach.hourly_cost_eur": ("de kosten van een uur personeel", "the cost of one staff hour"),
    "coach.skill_mean": ("hoe vakkundig klantmanagers gemiddeld zijn", "how skilled case managers are on average"),
    "coach.skill_sd": ("hoeveel klantmanagers in vakkundigheid verschillen", "how much case managers differ in skill"),
    "population.female_share": ("het aandeel vrouwen", "the share of women"),
    "population.disability_share": ("het aandeel werkzoekenden met een arbeidsbeperking",
                                    "the share of job seekers with a work disability"),
    "population.driving_licence_share": ("het aandeel met een rijbewijs", "the share with a driving licence"),
    "population.problem_correlation": ("hoe vaak problemen op verschillende terreinen samengaan",
                                       "how often problems in different areas of life go together"),
    "population.inflow_complexity_shift": ("hoe zwaar de problemen van nieuwe werkzoekenden zijn",
                                           "how heavy the problems of new job seekers are"),
    "population.employee_skills_mean": ("de werknemersvaardigheden van werkzoekenden (op tijd komen, afspraken nakomen)",
                                        "job seekers' employee skills (being on time, keeping agreements)"),
    "population.motivation_mean": ("de motivatie van werkzoekenden", "job seekers' motivation"),
    "population.self_confidence_mean": ("het zelfvertrouwen van werkzoekenden", "job seekers' self-confidence"),
    "population.trait_concentration": ("hoeveel werkzoekenden in vaardigheden en motivatie verschillen",
                                       "how much job seekers differ in skills and motivation"),
    "population.complexity_effect": ("hoe zwaar problemen op vaardigheden en motivatie drukken",
                                     "how much problems weigh on skills and motivation"),
    "population.stock_mean_duration_weeks": ("hoe lang de zittende werkzoekenden al een uitkering hebben",
                                             "how long the job seekers already on benefit have been on it"),
    "population.max_work_share": ("de werkervaring van werkzoekenden", "job seekers' work experience"),
    "population.severe_problem_share": ("hoe vaak een probleem op een leefgebied acuut is",
                                        "how often a problem in a life domain is acute"),
    "population.zrm_spread_share": ("hoe verschillend de zelfredzaamheid is op leefgebieden zonder probleem",
                                    "how much self-reliance varies in life domains without a problem"),
    "population.vocational_base": ("de vakvaardigheid van werkzoekenden zonder opleiding of werkervaring",
                                   "the vocational skill of seekers without education or work experience"),
    "population.vocational_per_education": ("hoeveel opleiding bijdraagt aan vakvaardigheid",
                                            "how much education adds to vocational skill"),
    "population.vocational_per_experience_year": ("hoeveel een jaar werkervaring bijdraagt aan vakvaardigheid",
                                                  "how much a year of work experience adds to vocational skill"),
    "population.vocational_experience_cap_years": ("na hoeveel jaar werkervaring geen vakvaardigheid meer bijkomt",
                                                   "after how many years of experience no vocational skill is added"),
    "population.vocational_draw_low": ("hoeveel vakvaardigheid meegaat naar een andere sector",
                                       "how much vocational skill carries over to another sector"),
    "population.vocational_own_sector_bonus": ("de extra vaardigheid in de sector waar iemand eerder werkte",
                                               "the extra skill in the sector of earlier work"),
    "population.vocational_own_sector_years": ("hoe snel ervaring in een sector de volle extra vaardigheid geeft",
                                               "how fast experience in a sector gives the full extra skill"),
    "population.complexity_rung_loading": ("hoe sterk meervoudige problemen samengaan met een lage trede",
                                           "how strongly multiple problems go with a low rung"),
    "klantbeeld.zrm_error_sd": ("hoe ver het klantbeeld van de leefgebieden ernaast kan zitten",
                                "how far the case manager's picture of the life domains can be off"),
    "klantbeeld.trait_error_sd": ("hoe ver het klantbeeld van vaardigheden en motivatie ernaast kan zitten",
                                  "how far the case manager's picture of skills and motivation can be off"),
    "klantbeeld.vocational_prior": ("wat de klantmanager aanneemt over vakvaardigheid zonder de persoon te kennen",
                                    "what the case manager assumes about vocational skill before knowing the person"),
    "klantbeeld.stock_insight": ("hoe goed de klantmanagers hun bestaande klanten bij de start kennen",
                                 "how well case managers know their existing clients at the start"),
    "klantbeeld.practical_problem_penalty": ("hoe zwaar schulden en kinderopvang wegen in het oordeel over werkfitheid",
                                             "how much debts and childcare weigh in judging readiness for work"),
    "klantbeeld.conversation_skill_offset": ("hoeveel inzicht een diagnosegesprek oplevert bij weinig ervaring",
                                             "how much insight a diagnostic conversation gives with little skill"),
    "klantbeeld.session_weight": ("hoeveel een week traject het klantbeeld bijstelt",
                                  "how much one week of a tile updates the case manager's picture"),
    "klantbeeld.handover_insight_loss": ("hoeveel inzicht verloren gaat bij een andere klantmanager",
                                         "how much insight is lost when the case manager changes"),
    "klantbeeld.life_event_insight_loss": ("hoeveel inzicht verloren gaat na een life event",
                                           "how much insight is lost after a life event"),
    "klantbeeld.handover_belief_loss": ("hoeveel van het vastgelegde klantbeeld verloren gaat bij een andere klantmanager",
                                        "how much of the recorded picture is lost when the case manager changes"),
    "contact.conversation_hours": ("hoe lang een gesprek met een klant buiten de trajecten duurt",
                                   "how long a conversation with a client outside the tiles takes"),
    "contact.max_per_week": ("hoe vaak een klant de klantmanager hoogstens spreekt buiten de trajecten",
                             "how often at most a client talks with the case manager outside the tiles"),
    "contact.belief_weight": ("hoeveel een gesprek het klantbeeld bijstelt", "how much a conversation updates the picture"),
    "contact.search_boost": ("hoeveel meer iemand zelf solliciteert na een gesprek",
                             "how many more own applications follow a conversation"),
    "contact.proposals_per_conversation": ("hoeveel extra voordrachten een gesprek in Bemiddeling oplevert",
                                           "how many extra proposals a conversation in Bemiddeling gives"),
    "flows.inflow_per_year": ("de instroom van nieuwe werkzoekenden", "the inflow of new job seekers"),
    "flows.other_outflow_per_year": ("de uitstroom om andere redenen dan werk", "leaving benefit for reasons other than work"),
    "flows.problem_onset_per_year": ("hoe vaak nieuwe problemen ontstaan (schulden, ziekte, huisvesting)",
                                     "how often new problems arise (debts, illness, housing)"),
    "careers.skill_depreciation_per_year": ("hoeveel vaardigheden slijten zonder werk", "how fast skills wear off out of work"),
    "careers.discouragement_per_year": ("hoeveel motivatie en zelfvertrouwen afnemen zonder werk",
                                        "how fast motivation and self-confidence fall out of work"),
    "careers.work_exit_per_year": ("hoe vaak werkenden uit beeld raken (verhuizing, overlijden)",
                                   "how often people in work leave scope (moving, death)"),
    "careers.follow_up_weeks": ("hoe lang de gemeente iemand volgt die met werk uit de uitkering ging",
                                "how long the municipality follows someone who left benefit for work"),
    "careers.ww.reference_weeks": ("de periode waarin de weken werk voor de WW tellen (wekeneis)",
                                   "the period in which weeks worked count for WW (wekeneis)"),
    "careers.ww.weeks_worked": ("de weken werk die recht op WW geven", "the weeks worked that give a right to WW"),
    "careers.ww.base_weeks": ("de kortste WW-duur", "the shortest WW duration"),
    "careers.ww.history_years": ("de jaren werk die een langere WW geven (arbeidsverledeneis)",
                                 "the years of work that give a longer WW (arbeidsverledeneis)"),
    "careers.ww.max_weeks": ("de langste WW-duur", "the longest WW duration"),
    "careers.ww.replacement_first": ("de hoogte van de WW in de eerste twee maanden", "the WW level in the first two months"),
    "careers.ww.first_weeks": ("de weken met de hogere WW", "the weeks at the higher WW level"),
    "careers.ww.replacement_after": ("de hoogte van de WW daarna", "the WW level after that"),
    "tiles.melding.hours": ("de tijd voor een Melding", "the time for a Melding"),
    "tiles.diagnostiek.hours_per_conversation": ("de tijd per gesprek in Diagnostiek", "the time per conversation in Diagnostiek"),
    "tiles.diagnostiek.max_conversations": ("het aantal gesprekken in Diagnostiek", "the number of conversations in Diagnostiek"),
    "tiles.diagnostiek.insight_per_conversation": ("hoeveel een gesprek in Diagnostiek aan het licht brengt",
                                                   "how much a conversation in Diagnostiek brings to light"),
    "tiles.diagnostiek.review_weeks": ("hoe vaak de klantmanager het beeld van een cliënt herziet",
                                       "how often the case manager reviews a client's profile"),
    "tiles.maatschappelijk_fit.hours_per_week": ("de tijd van de klantmanager in Maatschappelijk fit",
                                                 "case-manager time in Maatschappelijk fit"),
    "tiles.maatschappelijk_fit.eur_per_week": ("de kosten van Maatschappelijk fit", "the cost of Maatschappelijk fit"),
    "tiles.maatschappelijk_fit.participation_weeks": ("hoe lang het duurt om op de onderste treden een trede te stijgen",
                                                      "how long it takes to climb one of the lowest rungs"),
    "tiles.orientatie.hours_per_week": ("de tijd van de klantmanager in Oriëntatie", "case-manager time in Oriëntatie"),
    "tiles.orientatie.weeks": ("de duur van Oriëntatie", "the length of Oriëntatie"),
    "tiles.orientatie.eur": ("de kosten van Oriëntatie", "the cost of Oriëntatie"),
    "tiles.orientatie.motivation_gain": ("hoeveel Oriëntatie de motivatie verhoogt", "how much Oriëntatie raises motivation"),
    "tiles.werk_fit.hours_per_week": ("de tijd van de klantmanager in Werk fit", "case-manager time in Werk fit"),
    "tiles.werk_fit.eur_per_week": ("de kosten van Werk fit", "the cost of Werk fit"),
    "tiles.werk_fit.skill_gain_per_week": ("hoe snel Werk fit de werknemersvaardigheden verbetert",
                                           "how fast Werk fit improves employee skills"),
    "tiles.werk_fit.motivation_gain_per_week": ("hoe snel Werk fit motivatie en zelfvertrouwen verhoogt",
                                                "how fast Werk fit raises motivation and self-confidence"),
    "tiles.werk_fit.max_weeks": ("de langste duur van Werk fit", "the longest stretch of Werk fit"),
    "tiles.werk_fit.rung_weeks": ("hoe lang Werk fit duurt tot een trede hoger", "how long Werk fit takes to climb a rung"),
    "tiles.opleiden.hours_per_week": ("de tijd van de klantmanager tijdens een opleiding", "case-manager time during a course"),
    "tiles.opleiden.weeks": ("de duur van een vakopleiding", "the length of a vocational course"),
    "tiles.opleiden.eur": ("de kosten van een vakopleiding", "the cost of a vocational course"),
    "tiles.opleiden.skill_gain": ("wat een vakopleiding aan vakkennis oplevert", "how much a vocational course adds to vocational skill"),
    "tiles.opleiden.completion_base": ("de kans om een opleiding af te maken", "the chance of finishing a course"),
    "tiles.opleiden.completion_motivation": ("hoeveel motivatie helpt om een opleiding af te maken",
                                             "how much motivation helps to finish a course"),
    "tiles.bemiddeling.hours_per_week": ("de tijd van de klantmanager in Bemiddeling", "case-manager time in Bemiddeling"),
    "tiles.bemiddeling.proposals_per_week": ("voor hoeveel vacatures iemand per week wordt voorgedragen",
                                             "how many vacancies a job seeker is put forward for per week"),
    "tiles.bemiddeling.vacancies_screened": ("hoeveel vacatures een klantmanager per kandidaat bekijkt",
                                             "how many vacancies a case manager screens per candidate"),
    "tiles.plaatsing.hours": ("de tijd om een plaatsing te regelen", "the time to arrange a placement"),
    "tiles.nazorg.hours_per_week": ("de tijd van de klantmanager in Nazorg", "case-manager time in Nazorg"),
    "tiles.base_contact_hours_per_week": ("de tijd voor contact met wie geen traject volgt",
                                          "the time for contact with job seekers in no active tile"),
    "tiles.external_share": ("het deel van de hulp dat partners leveren", "the share of support that partners deliver"),
    "employers.turnover_per_year": ("het personeelsverloop bij werkgevers", "staff turnover at employers"),
    "employers.willing_share": ("het aandeel werkgevers dat kandidaten van de gemeente wil aannemen",
                                "the share of employers willing to hire candidates from the municipality"),
    "vacancies.open_weeks": ("hoe lang een vacature openstaat", "how long a vacancy stays open"),
    "vacancies.wage_premium_max": ("hoever lonen boven het basisloon liggen", "how far wages lie above the base wage"),
    "vacancies.hours_spread": ("hoeveel de contracturen per vacature verschillen", "how much contract hours differ between vacancies"),
    "trust.reference": ("bij welk vertrouwen van werkgevers het vertrouwen niets toevoegt of afhaalt",
                        "the employer trust at which trust neither helps nor hurts"),
    "employment.skills_reference": ("vanaf welke werknemersvaardigheden uitval niet meer afneemt",
                                    "the employee skills beyond which dropout no longer falls"),
    "employment.match_reference": ("vanaf welke match uitval niet meer afneemt, en de maatstaf bij verlengen of vast maken",
                                   "the match beyond which dropout no longer falls, and the reference for renewal or a permanent contract"),
    "employer_tiles.orientatie.visits_per_week": ("hoe vaak accountmanagers een werkgever in oriëntatie bezoeken",
                                                  "how often account managers visit an employer in orientation"),
    "account_manager.start_effectiveness": ("hoe goed een nieuwe accountmanager direct werkt",
                                            "how effective a new account manager is from the start"),
    "account_manager.skill_offset": ("hoeveel de vaardigheid van accountmanagers uitmaakt",
                                     "how much account managers' skill matters"),
    "growth.employer_teaching_share": ("hoeveel van het leren in een groeiroute de werkgever zelf geeft",
                                       "how much of the learning in a growth route the employer gives"),
    "growth.disclosure_trust_offset": ("hoe vaak werkgevers groeiplannen noemen, los van vertrouwen",
                                       "how often employers name growth plans, apart from trust"),
    "instruments.loonwaarde_floor": ("de laagste loonwaarde", "the lowest loonwaarde"),
    "tiles.diagnostiek.conversations_per_week": ("hoe vaak diagnosegesprekken plaatsvinden",
                                                 "how often diagnostic conversations take place"),
    "tiles.diagnostiek.weak_skills_below": ("wanneer zwakke werknemersvaardigheden een extra diagnosegesprek vragen",
                                            "when weak employee skills call for an extra diagnostic conversation"),
    "vacancies.permanent_share": ("het aandeel vacatures met een vast contract", "the share of vacancies with a permanent contract"),
    "contracts.short_weeks": ("de duur van een kort tijdelijk contract", "the length of a short temporary contract"),
    "contracts.long_weeks": ("de duur van een lang tijdelijk contract", "the length of a long temporary contract"),
    "contracts.long_share": ("het aandeel lange tijdelijke contracten", "the share of long temporary contracts"),
    "contracts.conversion_share": ("de kans dat een tijdelijk contract vast wordt",
                                   "the chance that a temporary contract becomes permanent"),
    "contracts.renewal_share": ("de kans dat een tijdelijk contract wordt verlengd",
                                "the chance that a temporary contract is renewed"),
    "contracts.performance_slope": ("hoe sterk de werkgever op de loonwaarde let bij verlengen of vast maken",
                                    "how much the employer weighs the wage value when renewing or making permanent"),
    "contracts.demand_elasticity": ("hoe sterk de vraag naar personeel meeweegt bij verlengen of vast maken",
                                    "how much labour demand weighs when renewing or making permanent"),
    "contracts.coaching_odds_ratio": ("hoeveel jobcoaching de kans op verlenging of een vast contract verhoogt",
                                      "how much job coaching raises the chance of a renewal or a permanent contract"),
    "contracts.chain_max_contracts": ("het hoogste aantal tijdelijke contracten achter elkaar (ketenregeling)",
                                      "the most temporary contracts in a row (chain rule)"),
    "contracts.chain_max_weeks": ("de langste keten van tijdelijke contracten (ketenregeling)",
                                  "the longest chain of temporary contracts (chain rule)"),
    "hiring.regular_applicants_per_week": ("het aantal andere sollicitanten per vacature", "the number of other applicants per vacancy"),
    "hiring.regular_quality_mean": ("hoe goed andere sollicitanten gemiddeld zijn", "how good other applicants are on average"),
    "hiring.regular_quality_concentration": ("hoeveel andere sollicitanten in kwaliteit verschillen",
                                             "how much other applicants differ in quality"),
    "hiring.reservation_score": ("de lat waarboven werkgevers iemand aannemen", "the bar above which employers hire"),
    "hiring.interview_noise_sd": ("het toeval in het sollicitatiegesprek (‘de klik’)", "chance in the job interview (‘the click’)"),
    "hiring.stigma_per_year": ("hoe zwaar werkgevers elk jaar zonder werk laten wegen",
                               "how much weight employers give to each year out of work"),
    "hiring.stigma_max": ("de grootste achterstand door lang zonder werk te zijn", "the largest penalty for a long time out of work"),
    "hiring.mediation_bonus": ("het voordeel van voorgedragen worden door de klantmanager",
                               "the advantage of being put forward by the case manager"),
    "hiring.application_support_bonus": ("het voordeel van hulp bij het solliciteren", "the advantage of help with applications"),
    "hiring.disability_penalty": ("vooroordelen van werkgevers over een arbeidsbeperking", "employers' prejudice about a work disability"),
    "matching.requirement_gap_penalty": ("hoeveel een tekort aan vakkennis de match schaadt",
                                         "how much a gap in vocational skill hurts the match"),
    "matching.affinity_weight": ("hoeveel affiniteit met de sector de match verbetert",
                                 "how much affinity with the sector improves the match"),
    "employment.dropout_per_year": ("hoe vaak mensen uit een goede baan vallen", "how often people drop out of a good job"),
    "employment.debt_hazard_ratio": ("hoeveel schulden de kans op uitval verhogen", "how much debts raise the risk of dropout"),
    "employment.childcare_hazard_ratio": ("hoeveel ontbrekende kinderopvang de kans op uitval verhoogt",
                                          "how much missing childcare raises the risk of dropout"),
    "employment.health_hazard_ratio": ("hoeveel gezondheidsproblemen de kans op uitval verhogen",
                                       "how much health problems raise the risk of dropout"),
    "employment.skills_hazard_slope": ("hoeveel zwakke werknemersvaardigheden de kans op uitval verhogen",
                                       "how much weak employee skills raise the risk of dropout"),
    "employment.match_hazard_slope": ("hoeveel een slechte match de kans op uitval verhoogt",
                                      "how much a poor match raises the risk of dropout"),
    "employment.aftercare_hazard_ratio": ("hoeveel Nazorg de kans op uitval verlaagt", "how much Nazorg lowers the risk of dropout"),
    "employment.skill_growth_per_week": ("hoe snel mensen op het werk bijleren", "how fast people learn on the job"),
    "employment.hours_increase_per_year": ("hoe vaak deeltijdwerkers meer uren krijgen", "how often part-time workers get more hours"),
    "employment.extra_hours": ("hoeveel uren een deeltijdbaan dan groeit", "how many hours a part-time job then grows"),
    "policy.lks.max_loonwaarde": ("de hoogste loonwaarde met loonkostensubsidie", "the highest wage value with loonkostensubsidie"),
    "instruments.workplace_adaptation.eur": ("de kosten van een werkplekaanpassing", "the cost of a workplace adaptation"),
    "instruments.no_risk.eur_per_week": ("de kosten van de no-riskpolis", "the cost of the no-risk policy"),
    "hiring.trial_bonus": ("het voordeel van een proefplaatsing voor de werkgever", "the advantage of a trial placement to the employer"),
    "hiring.traineeship_bonus": ("het voordeel van een stage bij zwakke werknemersvaardigheden",
                                 "the advantage of a traineeship for weak employee skills"),
    "hiring.full_productivity_quality": ("wanneer iemand als volledig productief telt", "when a worker counts as fully productive"),
    "hiring.disability_productivity": ("de productiviteit bij een arbeidsbeperking", "productivity with a work disability"),
    "hiring.trial_conversion_quality": ("wanneer een proefplaatsing een contract oplevert", "when a trial placement leads to a contract"),
    "employers.subsidy_sensitivity_mean": ("hoe zwaar werkgevers een subsidie laten meewegen", "how much employers weigh a subsidy"),
    "employers.subsidy_chaser_share": ("het aandeel werkgevers dat vooral op subsidie uit is",
                                       "the share of employers mainly after the subsidy"),
    "employment.job_coaching_hazard_ratio": ("hoeveel jobcoaching de kans op uitval verlaagt",
                                             "how much job coaching lowers the risk of dropout"),
    "employment.no_hr_hazard_ratio": ("de extra uitval bij werkgevers zonder personeelsafdeling",
                                      "the extra dropout at employers without an HR department"),
    "employment.chaser_dismissal_probability": ("de kans op ontslag als de subsidie stopt",
                                                "the chance of dismissal when the subsidy ends"),
    "employment.traineeship_skill_gain": ("wat een stage aan werknemersvaardigheden oplevert",
                                          "how much a traineeship adds to employee skills"),
    "policy.werkmakelaar.activation_weeks": ("de duur van de activering bij Werkmakelaar", "the length of activation at Werkmakelaar"),
    "policy.werkmakelaar.insight": ("hoe goed de jobcoach van Werkmakelaar een cliënt kent",
                                    "how well the Werkmakelaar job coach knows a client"),
    "policy.werkmakelaar.traineeship_below": ("wanneer Werkmakelaar met een stage begint", "when Werkmakelaar starts with a traineeship"),
    "supply.no_vacancy_factor": ("hoeveel minder een werkgever zonder vacatures een plek maakt",
                                 "how much less an employer without vacancies makes a place"),
    "policy.werkmakelaar.network_share": ("hoe groot het werkgeversnetwerk van Werkmakelaar is",
                                          "how large the Werkmakelaar employer network is"),
    "policy.werkmakelaar.network_trust": ("hoeveel vertrouwen werkgevers in het netwerk van Werkmakelaar hebben",
                                          "how much the employers in the Werkmakelaar network trust it"),
    "policy.werkmakelaar.visits_per_week": ("hoeveel werkgevers de jobcoach per week met een cliënt bezoekt",
                                            "how many employers the job coach visits with a client each week"),
    "policy.werkmakelaar.cold_share": ("hoe vaak de jobcoach koud bij onbekende werkgevers aanklopt",
                                       "how often the job coach calls cold on unknown employers"),
    "account_manager.employer_time_share": ("het deel van de werktijd dat accountmanagers aan werkgevers besteden",
                                            "the share of account managers' time spent on employers"),
    "account_manager.skill_mean": ("hoe vakkundig accountmanagers gemiddeld zijn", "how skilled account managers are on average"),
    "account_manager.skill_sd": ("hoeveel accountmanagers in vakkundigheid verschillen", "how much account managers differ in skill"),
    "account_manager.turnover_per_year": ("het verloop onder accountmanagers", "turnover among account managers"),
    "account_manager.handover_share": ("hoeveel vertrouwen een goede overdracht bewaart", "how much trust a good handover keeps"),
    "account_manager.max_portfolio": ("het grootste aantal werkgevers per accountmanager", "the most employers per account manager"),
    "account_manager.max_contacts_per_week": ("het aantal eerste contacten per week van een accountmanager",
                                              "an account manager's first contacts per week"),
    "account_manager.ramp_up_weeks": ("hoe lang een nieuwe accountmanager nodig heeft om in te werken",
                                      "how long a new account manager needs to settle in"),
    "employer_tiles.werkgever_contact.hours": ("de tijd voor een eerste contact met een werkgever",
                                               "the time for a first contact with an employer"),
    "employer_tiles.orientatie.hours_per_visit": ("de tijd per kennismakingsbezoek bij een werkgever",
                                                  "the time per introductory visit to an employer"),
    "employer_tiles.orientatie.visits": ("het aantal bezoeken voordat een werkgever klaar is voor kandidaten",
                                         "the visits before an employer is ready for candidates"),
    "employer_tiles.opstellen_werkprofiel.hours": ("de tijd voor een werkprofiel", "the time to draw up a work profile"),
    "employer_tiles.opleiden.hours": ("de tijd om een training voor leidinggevenden te regelen",
                                      "the time to arrange training for supervisors"),
    "employer_tiles.opleiden.eur": ("de kosten van een training voor leidinggevenden", "the cost of training for supervisors"),
    "employer_tiles.werving_en_selectie.hours_per_vacancy": ("de tijd per vacature die een werkgever met de gemeente deelt",
                                                             "the time per vacancy an employer shares with the municipality"),
    "employer_tiles.bemiddeling.hours_per_candidate": ("de tijd van de accountmanager per voorgedragen kandidaat",
                                                       "account-manager time per candidate put forward"),
    "employer_tiles.plaatsing.hours": ("de tijd van de accountmanager per aanname", "account-manager time per hire"),
    "employer_tiles.nazorg.hours_per_worker": ("de tijd van de accountmanager voor nazorg per geplaatste",
                                               "account-manager aftercare time per placed worker"),
    "employer_tiles.nazorg.weeks": ("de duur van de nazorg bij de werkgever", "the length of aftercare at the employer"),
    "employer_tiles.nazorg.reach_many_contacts": ("hoeveel signalen uit de nazorg op tijd aankomen zonder één contactpersoon",
                                                  "how many aftercare signals arrive in time without one contact person"),
    "employer_tiles.voorzorg.interval_weeks": ("hoe vaak een werkgever een onderhoudsbezoek krijgt",
                                               "how often an employer gets an upkeep visit"),
    "employer_tiles.voorzorg.hours": ("de tijd voor een onderhoudsbezoek", "the time for an upkeep visit"),
    "acquisition.warm_success": ("de kans dat een warm contact een werkgever oplevert", "the chance that a warm contact wins an employer"),
    "acquisition.cold_success": ("de kans dat een koud contact een werkgever oplevert", "the chance that a cold call wins an employer"),
    "acquisition.unwilling_factor": ("hoe moeilijk onwillige werkgevers te winnen zijn", "how hard unwilling employers are to win"),
    "acquisition.retry_weeks": ("hoe lang een werkgever na een afwijzing met rust wordt gelaten",
                                "how long an employer is left alone after a refusal"),
    "acquisition.warm_window_weeks": ("wanneer een werkgever als warm contact telt", "when an employer counts as a warm contact"),
    "trust.mean": ("het vertrouwen van werkgevers in de gemeente bij de start", "employers' trust in the municipality at the start"),
    "trust.concentration": ("hoeveel werkgevers in vertrouwen verschillen", "how much employers differ in trust"),
    "trust.idealism_bonus": ("het extra vertrouwen van idealistische werkgevers", "the extra trust of idealistic employers"),
    "trust.visit_gain": ("hoeveel vertrouwen een bezoek oplevert", "the trust a visit builds"),
    "trust.good_match_gain": ("hoeveel vertrouwen een geslaagde plaatsing oplevert", "the trust a lasting placement builds"),
    "trust.fast_fill_gain": ("hoeveel vertrouwen een snel vervulde vacature oplevert", "the trust a quickly filled vacancy builds"),
    "trust.nazorg_gain": ("hoeveel vertrouwen nazorg bij de werkgever oplevert", "the trust that aftercare at the employer builds"),
    "trust.mismatch_loss": ("hoeveel vertrouwen een mislukte plaatsing kost", "the trust a failed placement costs"),
    "trust.pushed_candidate_loss": ("hoeveel vertrouwen een opgedrongen kandidaat kost", "the trust a pushed candidate costs"),
    "trust.contact_person_loss": ("hoeveel vertrouwen steeds een andere contactpersoon kost",
                                  "the trust lost to yet another contact person"),
    "trust.cold_call_loss": ("hoeveel vertrouwen een mislukt koud contact kost", "the trust a failed cold call costs"),
    "trust.recovery_factor": ("hoe traag verloren vertrouwen terugkomt", "how slowly lost trust returns"),
    "trust.drift_weeks": ("hoe snel vertrouwen zonder contact terugzakt", "how fast trust settles back without contact"),
    "trust.peak_memory_weeks": ("hoe lang werkgevers hun hoogste vertrouwen onthouden", "how long employers remember their highest trust"),
    "trust.break_off_below": ("bij hoe weinig vertrouwen een werkgever het contact verbreekt",
                              "how low trust must fall before an employer breaks off contact"),
    "trust.break_off_weeks": ("hoe lang een werkgever na een breuk niet te benaderen is",
                              "how long an employer cannot be approached after breaking off"),
    "trust.contact_window_weeks": ("wanneer werkgevers ‘te veel contactpersonen’ ervaren", "when employers feel there are ‘too many contact persons’"),
    "trust.good_match_weeks": ("wanneer een plaatsing als geslaagd telt", "when a placement counts as lasting"),
    "trust.fast_fill_weeks": ("wanneer een vacature als snel vervuld telt", "when a vacancy counts as quickly filled"),
    "trust.doubt_margin": ("wanneer een werkgever aan een kandidaat twijfelt", "when an employer doubts a candidate"),
    "trust.share_factor": ("hoe graag werkgevers vacatures met de gemeente delen",
                           "how readily employers share vacancies with the municipality"),
    "trust.group_misfit_factor": ("hoeveel vertrouwen een afgewezen cv bij een groepsplaatsing kost",
                                  "the trust a rejected CV costs in a group placement"),
    "employers.requirement_inflation_mean": ("hoeveel werkgevers hun eisen te hoog stellen", "how much employers overstate their requirements"),
    "employers.idealism_care_bonus": ("het extra idealisme van werkgevers in de zorg", "the extra idealism of employers in care"),
    "employers.economic_subsidy_factor": ("hoe zwaar zakelijke werkgevers de subsidie laten wegen",
                                          "how much business-minded employers weigh the subsidy"),
    "employers.network_exit_per_year": ("hoe vaak werkgevers uit het netwerk verdwijnen", "how often employers leave the network"),
    "employers.subsidy_sensitivity_concentration": ("hoe verschillend werkgevers op subsidie reageren",
                                                    "how differently employers respond to a subsidy"),
    "employers.size_spread": ("hoe verschillend bedrijven binnen een grootteklasse zijn", "how much firms differ within a size class"),
    "employers.network_share_at_start": ("het deel van de werkgevers dat bij de start al in het netwerk zit",
                                         "the share of employers in the network at the start"),
    "employers.social_return_reserved_share": ("het deel van de vacatures dat voor social return wordt vrijgehouden",
                                               "the share of vacancies kept for social return"),
    "employers.social_return_quota": ("hoeveel aannames social return vraagt", "how many hires social return asks for"),
    "carving.min_simple_jobs": ("hoeveel eenvoudig werk nodig is voor jobcarving", "how much simple work job carving needs"),
    "carving.jobs_per_year_per_simple_job": ("hoeveel banen jobcarving oplevert", "how many jobs job carving creates"),
    "carving.requirement_factor": ("de eisen van een baan uit jobcarving", "the requirements of a carved job"),
    "supply.place_requests_per_week": ("hoeveel werkgevers de jobhunters per week met een kandidaat bezoeken",
                                       "how many employers the job hunters visit with a candidate per week"),
    "supply.place_acceptance": ("de kans dat een werkgever een plek maakt", "the chance that an employer makes a place"),
    "job_hunters.visit_hours": ("hoeveel uur een bezoek van een jobhunter kost", "how many hours a job hunter's visit takes"),
    "job_hunters.network_share": ("hoeveel werkgevers de jobhunters al kennen", "how many employers the job hunters already know"),
    "job_hunters.network_trust": ("het vertrouwen van bekende werkgevers in de jobhunters",
                                  "the trust of known employers in the job hunters"),
    "job_hunters.cold_share": ("hoe vaak jobhunters onaangekondigd bij een werkgever komen",
                               "how often job hunters visit an employer they do not know"),
    "groups.vacancies_per_year": ("het aantal groepsvacatures van grote werkgevers", "the group vacancies of large employers"),
    "hiring.trust_weight": ("hoeveel vertrouwen de keuze van de werkgever stuurt", "how much trust steers the employer's choice"),
    "hiring.mediation_outside_network": ("het voordeel van voordragen bij werkgevers buiten het netwerk",
                                         "the advantage of putting candidates forward outside the network"),
    "hiring.candidates_per_shared_vacancy": ("het aantal kandidaten per gedeelde vacature", "the candidates per shared vacancy"),
    "hiring.wish_weight": ("hoe zwaar de werkwens van de werkzoekende telt", "how much the job seeker's own wish counts"),
    "employment.trained_supervisor_hazard_ratio": ("hoeveel getrainde leidinggevenden de uitval verlagen",
                                                   "how much trained supervisors lower dropout"),
    "employment.social_return_hazard_ratio": ("de uitval bij banen via social return", "dropout in jobs through social return"),
    "employment.trust_hazard_slope": ("hoeveel vertrouwen van de werkgever uitval voorkomt", "how much employer trust prevents dropout"),
    "employment.employer_nazorg_hazard_ratio": ("hoeveel nazorg van de accountmanager bij de werkgever de uitval verlaagt",
                                                "how much the account manager's aftercare with the employer lowers dropout"),
    "employment.idealism_hazard_ratio": ("hoeveel idealistische werkgevers de uitval verlagen",
                                         "how much idealistic employers lower dropout"),
    "growth.materialise_probability": ("de kans dat geplande groei echt banen oplevert", "the chance that planned growth really brings jobs"),
    "growth.area_development_share": ("het aandeel groei uit gebiedsontwikkeling", "the share of growth from area development"),
    "growth.conversation_hours": ("de tijd voor een groeigesprek", "the time for a growth conversation"),
    "growth.ask_interval_weeks": ("hoe vaak werkgevers naar hun groei wordt gevraagd", "how often employers are asked about growth"),
    "growth.disclosure_probability": ("de kans dat een werkgever zijn toekomstige banen noemt",
                                      "the chance that an employer names its future jobs"),
    "growth.mapping_weeks": ("de tijd om een leerroute uit te werken", "the time to map a learning route"),
    "growth.mapping_hours": ("de uren om een groeiplan uit te werken", "the hours to map a growth plan"),
    "growth.matching_hours": ("de uren om kandidaten voor een toekomstige baan te zoeken", "the hours to find candidates for a future job"),
    "growth.plan_weeks": ("de tijd tot een getekend leerplan", "the time to a signed learning plan"),
    "growth.candidates_presented": ("het aantal kandidaten per toekomstige baan", "the candidates per future job"),
    "growth.employer_bar": ("de eisen van werkgevers aan een leerling", "employers' bar for a learner"),
    "growth.affinity_weight": ("hoe zwaar affiniteit met de sector telt bij toekomstige banen",
                               "how much affinity with the sector counts for future jobs"),
    "growth.min_learning_weeks": ("de kortste leerperiode", "the shortest learning period"),
    "growth.coach_hours_per_week": ("de begeleiding per leerling", "the guidance per learner"),
    "growth.dropout_per_year": ("de uitval uit leertrajecten", "dropout from learning"),
    "growth.guidance_hazard_ratio": ("hoeveel begeleiding uitval uit leertrajecten voorkomt", "how much guidance prevents dropout from learning"),
    "growth.transition_dropout": ("de uitval bij overgangen in een leertraject", "dropout at transitions during learning"),
    "growth.supervisor_changes_per_year": ("hoe vaak de begeleider op de werkvloer wisselt", "how often the workplace supervisor changes"),
    "hiring.horizon_weeks": ("de periode waarover een werkgever een aanname afweegt", "the period over which an employer weighs a hire"),
    "hiring.absence_cost": ("het verzuimrisico in de ogen van werkgevers", "the sick-pay risk in employers' eyes"),
    "hiring.supervision_cost": ("de begeleidingslast in de ogen van werkgevers", "the supervision burden in employers' eyes"),
    "hiring.supervision_skills_norm": ("wanneer een werknemer geen extra begeleiding nodig heeft", "when a worker needs no extra supervision"),
    "hiring.coaching_supervision_relief": ("hoeveel begeleiding een jobcoach de werkgever uit handen neemt",
                                           "how much supervision a job coach takes off the employer"),
    "hiring.aftercare_supervision_relief": ("hoeveel begeleiding Nazorg de werkgever uit handen neemt",
                                            "how much supervision Nazorg takes off the employer"),
    "hiring.adaptation_productivity_gain": ("wat een werkplekaanpassing aan productiviteit oplevert",
                                            "the productivity a workplace adaptation adds"),
    "employment.disability_hazard_ratio": ("de extra uitval bij een arbeidsbeperking", "the extra dropout with a work disability"),
    "employment.adaptation_hazard_ratio": ("de uitval na een werkplekaanpassing", "dropout after a workplace adaptation"),
    "demand.vacancy_elasticity": ("hoe sterk het aantal vacatures meebeweegt met de krapte",
                                  "how strongly vacancies move with the tightness of the labour market"),
    "demand.applicant_elasticity": ("hoe sterk het aantal sollicitanten meebeweegt met de krapte",
                                    "how strongly applicants move with the tightness of the labour market"),
    "demand.willingness_elasticity": ("hoe sterk de bereidheid van werkgevers meebeweegt met de krapte",
                                      "how strongly employers' willingness moves with the tightness of the labour market"),
    "demand.growth_elasticity": ("hoe sterk de groei van werkgevers meebeweegt met de krapte",
                                 "how strongly employers' growth moves with the tightness of the labour market"),
    "demand.lks_job_creation_elasticity": ("hoeveel extra banen loonkostensubsidie oplevert", "how many extra jobs loonkostensubsidie creates"),
    "demand.lks_expected_loonwaarde": ("de loonwaarde die werkgevers bij loonkostensubsidie verwachten",
                                       "the wage value employers expect with loonkostensubsidie"),
    "budget.tile_grant_weeks": ("hoe lang een beschikking voor een tegel loopt", "how long a grant for a tile runs"),
}

# Benefit types of the schema (benefit_by_type columns) -> (Dutch, English).
_BENEFIT_TYPES = {
    "bijstand": ("bijstand", "social assistance"),
    "nug": ("geen uitkering (nug)", "no benefit"),
    "ww": ("WW", "unemployment insurance"),
    "anw": ("Anw", "survivor's benefit"),
}

_KPI_UNKNOWN = {
    "nl": ("{name}", "‘{name}’", "is ‘{name}’ hoger", "is ‘{name}’ lager"),
    "en": ("{name}", "‘{name}’", "‘{name}’ is higher", "‘{name}’ is lower"),
}

# Units of the schema -> key of _S for the display unit of a level.
_UNIT_KEYS = {
    "share": "unit_share",
    "EUR": "unit_EUR",
    "weeks": "unit_weeks",
    "persons": "unit_persons",
    "placements": "unit_placements",
    "spells": "unit_spells",
    "employers": "unit_employers",
    "placements per hour": "unit_placements_per_hour",
    "index 0-1": "unit_index",
}


# ---------------------------------------------------------------------------------------------


#: The claims of ``regiosim findings`` (models/findings.cc) by id: (statement, claim as measured),
#: each (Dutch, English). The English report may use the file's own texts; a claim missing here is
#: shown in the file's English words (the report test requires every claim of the program here).
_FINDING: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "integral_helps_far_more": (
        ("De integrale aanpak (dubbele vraaggerichtheid) past bij mensen ver van de arbeidsmarkt; de vacaturegerichte "
         "aanpak bij wie er dichtbij staat",
         "The integral approach (double demand orientation) suits people far from the labour market; the "
         "vacancy-driven approach those close to it"),
        ("integraal in plaats van vraaggericht verhoogt de plaatsingskans binnen 52 weken van trede 1-3 meer dan "
         "die van trede 4-5",
         "integral instead of demand raises the 52-week placement rate of rungs 1-3 more than that of rungs 4-5"),
    ),
    "demand_suits_the_close": (
        ("Voor mensen dicht bij de arbeidsmarkt is de vacature het vertrekpunt, niet de kandidaat",
         "For people close to the labour market the vacancy is the starting point, not the candidate"),
        ("de vraaggerichte aanpak plaatst binnen 52 weken meer mensen op trede 4-5 dan de aanbodgerichte",
         "the demand-oriented approach places more people on rungs 4-5 within 52 weeks than the supply-oriented one"),
    ),
    "approach_per_person_places_more": (
        ("De aanpak moet bij de persoon passen: integraal voor wie ver van de arbeidsmarkt staat, vacaturegericht voor "
         "wie er dichtbij staat, in plaats van één aanpak voor iedereen",
         "The approach should fit the person: integral for those far from the labour market, vacancy-driven for those "
         "close to it, rather than one approach for everyone"),
        ("integraal voor trede 1-3 en vacaturegericht voor de rest plaatst meer mensen dan vacaturegericht voor "
         "iedereen",
         "integral for rungs 1-3 and vacancy-driven for the rest places more people than vacancy-driven for everyone"),
    ),
    "intensive_employer_contact_raises_outflow": (
        ("Intensief contact met werkgevers (bezoeken, een relatie onderhouden) verhoogt de uitstroom naar werk",
         "Intensive contact with employers (visits, a relationship kept up) raises the outflow to work"),
        ("twee keer zoveel accountmanagers verhogen de jaarlijkse uitstroom naar werk",
         "twice the account managers raise the yearly outflow to work"),
    ),
    "werkmakelaar_promise_wm1": (
        ("Wij plaatsen 30% van de aangemelde klanten binnen 4 weken bij een reguliere werkgever",
         "We place 30% of the referred clients with a regular employer within 4 weeks"),
        ("30% van de aangemelde klanten heeft binnen 4 weken een arbeidsovereenkomst",
         "30% of the referred clients in a contract within 4 weeks"),
    ),
    "werkmakelaar_promise_wm2": (
        ("Wij gaan ervan uit dat 30% van de aangemelde klanten een stage nodig heeft om tot een arbeidsovereenkomst te komen",
         "We assume that 30% of the referred clients need a traineeship to reach a contract"),
        ("30% van de aangemelde klanten komt via een stage binnen 4 weken tot een arbeidsovereenkomst",
         "30% of the referred clients reach a contract via a traineeship started within 4 weeks"),
    ),
    "werkmakelaar_promise_wm3": (
        ("Wij plaatsen 40% van de aangemelde klanten binnen 6 maanden op een arbeidsovereenkomst",
         "We place 40% of the referred clients in a contract within 6 months"),
        ("40% van de aangemelde klanten wordt na 4 weken en binnen 26 weken geplaatst",
         "40% of the referred clients are placed after 4 and within 26 weeks"),
    ),
    "guidance_not_lks_decides": (
        ("Niet de loonkostensubsidie gaf voor werkgevers de doorslag, maar de begeleiding (jobcoaching)",
         "Not the loonkostensubsidie but the guidance (job coaching) decided for the employers"),
        ("zonder loonkostensubsidie verlaten meer mensen de uitkering voor werk dan zonder jobcoaching",
         "without loonkostensubsidie more people leave benefit for work than without job coaching"),
    ),
    "growth_routes_fill_growth_jobs": (
        ("Groeiroutes laten de doelgroep nieuwe banen vullen die ontstaan als werkgevers groeien",
         "Growth routes let the target group fill new jobs that employers' growth creates"),
        ("met groeiroutes wordt een groter deel van de groeibanen uit de doelgroep vervuld",
         "with growth routes a larger share of the growth jobs is filled from the target group"),
    ),
    "trial_placements_raise_outflow": (
        ("Zonder proefplaatsingen zijn veel werkgevers niet geïnteresseerd",
         "Without trial placements many employers are not interested"),
        ("zonder proefplaatsingen verlaten minder mensen de uitkering voor werk",
         "without trial placements fewer people leave benefit for work"),
    ),
    "misfits_cost_placements": (
        ("Kandidaten voorstellen die niet passen kost de goodwill van de werkgever, en daarmee plaatsingen",
         "Presenting candidates who do not fit costs the employer's goodwill, and with it placements"),
        ("8 in plaats van de beste 3 kandidaten per gedeelde vacature geeft minder plaatsingen",
         "8 instead of the best 3 candidates per shared vacancy gives fewer placements"),
    ),
    "aftercare_raises_lasting_outflow": (
        ("Nazorg (informeel contact na de plaatsing) houdt mensen aan het werk",
         "Nazorg (informal contact after the placement) keeps people in work"),
        ("13 in plaats van 4 weken Nazorg laten meer mensen de uitkering verlaten voor werk, ook na de uren die het "
         "andere klanten kost",
         "13 instead of 4 weeks of Nazorg let more people leave benefit for work, net of the hours it takes from "
         "other clients"),
    ),
    "job_coaching_raises_lasting_outflow": (
        ("Jobcoaching is een voorwaarde voor duurzame uitstroom", "Job coaching is a condition for lasting outflow"),
        ("zonder jobcoaching verlaten minder mensen de uitkering voor werk",
         "without job coaching fewer people leave benefit for work"),
    ),
    "single_contact_raises_placements": (
        ("Werkgevers willen één contactpersoon die snel reageert; die relatie levert plaatsingen op",
         "Employers want one contact person who responds fast; that relationship brings placements"),
        ("met één contactpersoon per werkgever beginnen meer mensen aan een baan",
         "with one contact person per employer more people start a job"),
    ),
}


def _group(digits: str, sep: str) -> str:
    out = []
    for i, ch in enumerate(digits):
        if i > 0 and (len(digits) - i) % 3 == 0:
            out.append(sep)
        out.append(ch)
    return "".join(out)


def format_number(x: float, lang: str, decimals: int = 0, sign: bool = False) -> str:
    """``x`` with thousands grouped and ``decimals`` decimals in the language's convention.

    nl: ``-1.234,5``; en: ``-1,234.5``. ``sign`` writes ``+`` before positive numbers. NaN or
    infinity gives ``–``.
    """
    if x is None or not math.isfinite(x):
        return "–"
    thousands, point = (".", ",") if lang == "nl" else (",", ".")
    text = f"{abs(x):.{decimals}f}"
    whole, _, frac = text.partition(".")
    out = _group(whole, thousands) + (point + frac if frac else "")
    negative = x < 0 and float(text) != 0.0
    if negative:
        return "-" + out
    return ("+" + out) if sign and float(text) != 0.0 else out


def auto_decimals(x: float) -> int:
    """Decimals for a value: 0 from 100 up, 1 from 1 up, else two significant digits (at least two
    decimals)."""
    a = abs(x) if x is not None and math.isfinite(x) else 0.0
    if a >= 100 or a == 0:
        return 0
    if a >= 1:
        return 1
    return min(6, max(2, 1 - int(math.floor(math.log10(a)))))


class Texts:
    """The strings and formatting of one language (``"nl"`` or ``"en"``)."""

    def __init__(self, lang: str = "nl"):
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r} (choose nl or en)")
        self.lang = lang
        self._i = LANGUAGES.index(lang)

    def __call__(self, key: str, **values) -> str:
        text = _S[key][self._i]
        return text.format(**values) if values else text

    # Numbers -----------------------------------------------------------------------------------

    def number(self, x: float, decimals: int | None = None, sign: bool = False) -> str:
        return format_number(x, self.lang, auto_decimals(x) if decimals is None else decimals, sign)

    def eur(self, x: float, sign: bool = False, rounded: bool = False) -> str:
        """An amount in euros: ``€ 1.234`` / ``€1,234``; from a million on ``€ 2,3 mln`` /
        ``€2.3 million``. ``rounded``: to three significant digits (``€ 726.000``), for text."""
        if x is None or not math.isfinite(x):
            return "–"
        if rounded and abs(x) >= 1000:
            x = round(x, 2 - int(math.floor(math.log10(abs(x)))))
        if abs(x) >= 1e6:
            body = format_number(abs(x) / 1e6, self.lang, 1 if abs(x) < 1e8 else 0) + NBSP + self("unit_eur_million")
        else:
            body = format_number(abs(x), self.lang, 0)
        prefix = "-" if x < 0 and body.strip("0,. ") else ("+" if sign and x > 0 else "")
        # No line break inside an amount: a non-breaking space after the euro sign (Dutch style).
        return f"{prefix}€{NBSP}{body}" if self.lang == "nl" else f"{prefix}€{body}"

    def after_weeks(self, weeks: int) -> str:
        """``een jaar`` for 52 weeks, ``een half jaar`` for 26, else ``N weken``."""
        if weeks == 52:
            return self("a_year")
        if weeks == 26:
            return self("half_year")
        return self("n_weeks", n=weeks)

    def share(self, x: float, decimals: int = 1, sign: bool = False) -> str:
        """A share as a percentage: ``61,2%``."""
        if x is None or not math.isfinite(x):
            return "–"
        return format_number(100.0 * x, self.lang, decimals, sign) + "%"

    def points(self, x: float, decimals: int = 1, sign: bool = True) -> str:
        """A difference of shares in percentage points: ``+4,2 procentpunt``."""
        if x is None or not math.isfinite(x):
            return "–"
        return format_number(100.0 * x, self.lang, decimals, sign) + " " + self("unit_pp")

    def value(self, x: float, unit: str, sign: bool = False, difference: bool = False,
              like: float | None = None) -> str:
        """A KPI value (or a difference of two, ``difference=True``) in its unit's display form;
        euro amounts to three significant digits (the runs do not support more). ``like``: a plain
        number gets the decimals a number of that size gets (a value near 0 in a row whose interval
        is wider: ``+0,0001`` next to ``-0,0048 tot +0,0057``, not ``+0,000083``)."""
        if unit == "share":
            return self.points(x, sign=sign) if difference else self.share(x, sign=sign)
        if unit == "relative":  # a ratio shown in percent, e.g. a difference in % of the baseline
            return self.share(x, sign=sign)
        if unit == "EUR":
            return self.eur(x, sign=sign, rounded=True)
        size = like if like is not None and math.isfinite(like) else x
        count = unit in ("placements", "persons", "spells", "employers") and abs(size) >= 10
        text = self.number(x, decimals=0 if count else auto_decimals(size), sign=sign)
        if unit == "weeks":
            return f"{text} {self('unit_weeks')}"
        return text

    def interval(self, mean: float, low: float, high: float, unit: str, difference: bool = False,
                 bare: bool = False) -> str:
        """``mean (low tot high)``; a worded unit (weeks, percentage points) is written once, after
        the mean, or not at all with ``bare`` (when a column header names it)."""
        worded = unit == "weeks" or (unit == "share" and difference)
        m = self.value(mean, unit, sign=difference, difference=difference)
        if bare and worded:
            m = format_number((100.0 if unit == "share" else 1.0) * mean, self.lang,
                              1 if unit == "share" else auto_decimals(mean), difference)
        if low is None or not math.isfinite(low):
            return m
        lo, hi = self._ends(mean, low, high, unit, difference)
        return self("interval", mean=m, low=lo, high=hi)

    def span(self, low: float, high: float, unit: str, difference: bool = False, like: float | None = None) -> str:
        """``low tot high`` alone, its ends written as :meth:`interval` writes them next to the mean
        ``like`` (a worded unit is left to the mean's cell); ``–`` without both ends."""
        if low is None or high is None or not (math.isfinite(low) and math.isfinite(high)):
            return "–"
        lo, hi = self._ends(low if like is None or not math.isfinite(like) else like, low, high, unit, difference)
        return self("span", low=lo, high=hi)

    def _ends(self, mean: float, low: float, high: float, unit: str, difference: bool) -> tuple[str, str]:
        """The two ends of an interval around ``mean``, in the format of its cell."""
        worded = unit == "weeks" or (unit == "share" and difference)
        if worded:
            scale = 100.0 if unit == "share" else 1.0
            decimals = 1 if unit == "share" else auto_decimals(mean)
            lo = format_number(scale * low, self.lang, decimals, difference)
            hi = format_number(scale * high, self.lang, decimals, difference)
        elif unit in ("placements", "persons", "spells", "employers", "jobs", "1", "-", "", "relative") or \
                unit.startswith("index"):
            # One format per cell: the interval's ends in the mean's decimals (-11 (-20 tot -3)).
            if unit == "relative":
                d = 1
                lo, hi = (format_number(100.0 * x, self.lang, d, difference) + "%" for x in (low, high))
            else:
                count = unit in ("placements", "persons", "spells", "employers", "jobs") and abs(mean) >= 10
                d = 0 if count else auto_decimals(mean if mean else max(abs(low), abs(high)))
                lo, hi = (format_number(x, self.lang, d, difference) for x in (low, high))
        else:
            lo = self.value(low, unit, sign=difference, difference=difference)
            hi = self.value(high, unit, sign=difference, difference=difference)
        return lo, hi

    def group_label(self, dimension: str, group: str) -> str:
        """A seeker group as a reader sees it: rung 3 as ``trede 3``, a benefit type by its name."""
        if dimension == "entry_rung":
            return self.rung_name(f"rung_{group}")
        if dimension == "age_band":
            return group.replace("-", "–") + (" jaar" if self.lang == "nl" else " years")
        if dimension == "disability":
            return self("group_disability_" + ("yes" if group == "1" else "no"))
        return _BENEFIT_TYPES.get(group, (group, group))[self._i]

    def unit(self, unit: str, difference: bool = False) -> str:
        """Display unit of a KPI unit for an axis label."""
        if unit == "share":
            return self("unit_pp") if difference else "%"
        key = _UNIT_KEYS.get(unit)
        if key:
            return self(key)
        return "" if unit in ("1", "-", "") else unit

    # KPIs -------------------------------------------------------------------------------------

    def _kpi(self, name: str) -> tuple[str, str, str, str]:
        entry = _KPI.get(name)
        if entry:
            return entry[self.lang]
        return tuple(s.format(name=name) for s in _KPI_UNKNOWN[self.lang])

    def kpi_label(self, name: str) -> str:
        return self._kpi(name)[0]

    def kpi_noun(self, name: str) -> str:
        return self._kpi(name)[1]

    def kpi_phrase(self, name: str, up: bool) -> str:
        return self._kpi(name)[2 if up else 3]

    def rung_name(self, column: str) -> str:
        """``rung_3`` -> ``trede 3: georganiseerde activiteiten``; other columns unchanged."""
        if column in _S and column.startswith("rung_"):
            return self(column)
        m = re.fullmatch(r"rung_(\d+)", column)
        return self("rung", k=m.group(1)) if m else column

    def rung_short(self, column: str) -> str:
        m = re.fullmatch(r"rung_(\d+)", column)
        return self("rung", k=m.group(1)) if m else column

    # Sweep factors -------------------------------------------------------------------------------

    def finding_texts(self, finding_id: str, statement: str, claim: str) -> tuple[str, str]:
        """A claim of ``regiosim findings`` in this language: (statement, claim as measured); the
        file's own (English) texts for an id without a translation."""
        entry = _FINDING.get(finding_id)
        if entry is None:
            return statement, claim
        return entry[0][self._i], entry[1][self._i]

    def factor_label(self, key: str) -> str:
        """Display name of a sweep factor (``policy.caseload_per_coach`` -> ``Caseload per
        klantmanager``); a key without a label is shown as written."""
        entry = _FACTOR.get(key)
        return entry[self._i] if entry else key

    def parameter_label(self, key: str, meaning: str = "") -> str:
        """An uncertain parameter in plain words (``employment.aftercare_hazard_ratio`` -> ``hoeveel
        Nazorg de kans op uitval verlaagt``), a lower-case noun phrase; without one, in English the
        parameter table's ``meaning`` when given, else the key."""
        entry = _PARAMETER.get(key)
        if entry:
            return entry[self._i]
        return meaning if meaning and self.lang == "en" else key

    def factor_value(self, key: str, text: str) -> str:
        """A factor value as a reader sees it: choices by their label (or without quotes),
        booleans as ja/nee; numbers as written."""
        raw = text.strip()
        if raw in ("true", "false"):
            return self("value_true" if raw == "true" else "value_false")
        if len(raw) >= 2 and raw[0] == raw[-1] == '"':
            raw = raw[1:-1]
        entry = _FACTOR_VALUES.get(key, {}).get(raw)
        return entry[self._i] if entry else raw

    def factor_unit(self, unit: str) -> str:
        """Display unit of a factor (``weeks`` -> ``weken``; shares in ``%``)."""
        entry = _FACTOR_UNITS.get(unit)
        return entry[self._i] if entry else unit

    def runs_count(self, n: int) -> str:
        """``1 run`` / ``3 runs``."""
        return self("runs_one") if n == 1 else self("runs_n", n=n)


def tile_name(key: str) -> str:
    """Display name of a tile key (``werk_fit`` -> ``Werk fit``); unknown keys unchanged."""
    return TILE_NAMES.get(key, key)


# ---------------------------------------------------------------------------------------------
# Vocabulary for the language test

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

#: Words that the Dutch strings contain but that are English too (or names), so finding them in
#: the English report proves nothing.
_SHARED_WORDS = {
    "in", "is", "per", "week", "regiosim", "report", "png", "svg", "pdf", "html", "hdf", "charts",
    "run", "runs", "scenario", "variant", "variants", "mediaan", "kaplan", "meier", "mln", "fit",
    "model", "interval", "indicator", "simulator", "plan", "over", "door", "die", "start", "map",
    "compact", "vat", "punt", "vast", "rust",
}


def dutch_vocabulary() -> set[str]:
    """Lower-case Dutch words (three letters or more) used by the Dutch strings of this module
    that the English strings do not use, minus a few words that are English too (``over``,
    ``door``). Tile names are part of it: a test first removes the exact phrases of
    :data:`KEEP_IN_ENGLISH` (``Werk fit``, ``Nazorg``, ...) from the English text, then looks for
    these words."""
    nl_words: set[str] = set()
    en_words: set[str] = set()
    tables = list(_FACTOR.values()) + list(_FACTOR_UNITS.values()) + list(_PARAMETER.values()) + \
        [pair for values in _FACTOR_VALUES.values() for pair in values.values()] + \
        [pair for entry in _FINDING.values() for pair in entry]
    texts_nl = [v[0] for v in _S.values()] + [s for e in _KPI.values() for s in e["nl"]] + [p[0] for p in tables]
    texts_en = [v[1] for v in _S.values()] + [s for e in _KPI.values() for s in e["en"]] + [p[1] for p in tables]
    for text in texts_nl:
        nl_words.update(w.lower() for w in _WORD.findall(text))
    for text in texts_en:
        en_words.update(w.lower() for w in _WORD.findall(text))
    words = nl_words - en_words - _SHARED_WORDS
    return {w for w in words if len(w) >= 3}
