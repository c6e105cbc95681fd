#!/usr/bin/env python3
"""Drives kpcs's web pages in headless Chromium, in English then in French, and runs axe on every page.

The flows follow the web contract: public pages, an exporting officer who is first refused and then issues two
certificates, the importing officer who records less than certified (a discrepancy), the exporter who voids the
second one and follows the replace link, the administrator's pages, and refusals (another participant's
certificate, pages needing a login, a wrong password), and governance: a delegate proposes two decisions, the Chair's
delegate opens a written procedure on each, the EU supports both and the UAE objects to the first; past the deadline
the first reads not adopted and the second adopted, its suspension shown on the participant's page. Every page state reached (including forms showing errors) is
checked with axe-core 4.9 (selenium-axe-python 2.2) against WCAG 2.0 and 2.1, levels A and AA: any violation, of any
impact, fails the run.

Usage: python3 scripts/browser/web_suite.py --base http://127.0.0.1:18090 [--screenshots DIR]
against `kpcs serve --demo` (scripts/browser/run.sh starts one). Prints "ok - step" lines and stops at the first
failure with exit status 1.
"""
import argparse
import datetime
import pathlib
import re
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass

from selenium_axe_python import Axe
from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

WIDTH, HEIGHT = 1280, 900
WAIT_SECONDS = 10
# The rules axe runs: WCAG 2.0 and 2.1, levels A and AA (axe's own best-practice rules are not run).
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
PASSWORDS = {
    "bw-officer": "demo-bw-password",
    "eu-officer": "demo-eu-password",
    "in-officer": "demo-in-password",
    "demo-admin": "demo-admin-password",
    "bw-delegate": "demo-delegate-password",
    "eu-delegate": "demo-delegate-password",
    "ae-delegate": "demo-delegate-password",
    "za-delegate": "demo-delegate-password",
    "in-delegate": "demo-delegate-password",
    "ca-delegate": "demo-delegate-password",
    "csc-observer": "demo-observer-password",
}
EXPORTER = "Kalahari Rough Exports (demo)"
IMPORTER = "Antwerp Rough Trading NV (demo)"
ADMIN_PAGES = ["/admin", "/admin/participants", "/admin/authorities", "/admin/accounts", "/admin/settings"]


@dataclass(frozen=True)
class Language:
    code: str
    login_title: str
    forbidden_title: str
    void_reason: str

    def decimal(self, text):
        """A decimal typed the way a user of this language would: 1234.56 or 1234,56."""
        return text.replace(".", ",") if self.code == "fr" else text


EN = Language("en", login_title="Log in", forbidden_title="Forbidden", void_reason="Entered in error")
FR = Language("fr", login_title="Connexion", forbidden_title="Interdit", void_reason="Saisi par erreur")


class Failure(Exception):
    """A check that did not hold."""


class StepFailed(Exception):
    def __init__(self, label, reason):
        super().__init__(f"{label}: {reason}")
        self.label, self.reason = label, reason


def check(condition, message):
    if not condition:
        raise Failure(message)


def detached(element):
    """Whether an element of the previous page is gone. Chromium reports a node of a replaced document either as stale
    or, while the new document loads, as "Node with given id does not belong to the document": both mean gone."""
    try:
        element.is_enabled()
        return False
    except WebDriverException:
        return True


class Browser:
    """One headless Chromium, the language the pages should be in, and the axe check run on every page loaded."""

    def __init__(self, base, screenshots):
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={WIDTH},{HEIGHT}"):
            options.add_argument(argument)
        self.driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
        self.wait = WebDriverWait(self.driver, WAIT_SECONDS)
        self.base = base.rstrip("/")
        self.screenshots = screenshots
        self.language = EN
        self.axe = Axe(self.driver)
        self.pages_checked = 0

    def quit(self):
        self.driver.quit()

    # Navigation: every page reached goes through loaded().

    def open(self, path):
        self.driver.get(self.base + path)
        self.loaded()

    def click_through(self, element):
        """Clicks a link or a submit button and waits for the next page."""
        old = self.driver.find_element(By.TAG_NAME, "html")
        element.click()
        self.wait.until(lambda _: detached(old))
        self.loaded()

    def loaded(self):
        self.wait.until(lambda driver: driver.execute_script("return document.readyState") == "complete")
        language = self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        check(language == self.language.code, f"{self.where()}: html lang is {language!r}, expected {self.language.code!r}")
        self.check_markup_not_escaped()
        self.check_accessibility()

    def check_markup_not_escaped(self):
        """The demo's data holds no markup, so a tag among the visible text, or an attribute whose value starts with a
        quote, is markup that the page escaped by mistake (an HTML fragment interpolated as text)."""
        text = self.driver.execute_script("return document.body.innerText")
        tag = re.search(r"</?[a-z][a-z0-9]*(\s[^>]*)?>", text)
        check(tag is None, f"{self.where()}: escaped markup shown as text: {tag.group(0) if tag else ''!r}")
        quoted = re.search(r'[a-z-]+="&quot;[^"]*"', self.driver.page_source)
        check(quoted is None, f"{self.where()}: an attribute escaped as text: {quoted.group(0) if quoted else ''!r}")

    def check_accessibility(self):
        self.axe.inject()
        violations = self.axe.run(options=WCAG_21_AA)["violations"]
        self.pages_checked += 1
        if violations:
            lines = [f"{self.where()}: {len(violations)} WCAG 2.1 AA violation(s)"]
            for violation in violations:
                targets = [", ".join(node["target"]) for node in violation["nodes"][:3]]
                lines.append(f"    [{violation['impact']}] {violation['id']}: {violation['help']} — {'; '.join(targets)}")
            raise Failure("\n".join(lines))

    # Reading the page.

    def path(self):
        return urllib.parse.urlsplit(self.driver.current_url).path

    def query(self):
        return urllib.parse.parse_qs(urllib.parse.urlsplit(self.driver.current_url).query)

    def where(self):
        return urllib.parse.unquote(self.driver.current_url.removeprefix(self.base))

    def element(self, css):
        try:
            return self.wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))
        except TimeoutException:
            raise Failure(f"{self.where()}: no {css}") from None

    def visible(self, css):
        element = self.element(css)
        check(element.is_displayed(), f"{self.where()}: {css} is not visible")
        return element

    def absent(self, css):
        check(not self.driver.find_elements(By.CSS_SELECTOR, css), f"{self.where()}: unexpected {css}")

    def value(self, css):
        return self.element(css).get_attribute("value")

    # Filling forms.

    def type(self, css, text):
        field = self.element(css)
        field.clear()
        field.send_keys(text)

    def choose(self, css, value=None, text=None):
        select = Select(self.element(css))
        try:
            if text is None:
                select.select_by_value(value)
            else:
                select.select_by_visible_text(text)
        except NoSuchElementException:
            raise Failure(f"{self.where()}: {css} has no option {text or value!r}") from None

    def click(self, css):
        """Clicks a control that stays on the page (a radio button)."""
        self.element(css).click()

    def press(self, css):
        """Clicks the link or button css and waits for the next page."""
        self.click_through(self.element(css))

    # Screenshots: the window made as tall as the page (plus the window's own frame), then back to the usual size.

    def screenshot(self, name):
        if self.screenshots is None:
            return
        height, frame = self.driver.execute_script(
            "return [Math.max(document.documentElement.scrollHeight, document.body.scrollHeight),"
            " window.outerHeight - window.innerHeight]")
        self.driver.set_window_size(WIDTH, max(HEIGHT, height + frame))
        self.driver.save_screenshot(str(self.screenshots / f"{self.language.code}-{name}.png"))
        self.driver.set_window_size(WIDTH, HEIGHT)


class Steps:
    """Runs named steps, prints "ok - language: step", and turns the first failure into StepFailed."""

    def __init__(self, browser):
        self.browser = browser
        self.language = EN
        self.passed = 0

    def __call__(self, name, action, *args):
        label = f"{self.language.code}: {name}"
        try:
            result = action(self.browser, *args)
        except Failure as failure:
            raise StepFailed(label, failure) from None
        except WebDriverException as error:
            raise StepFailed(label, f"{self.browser.where()}: {error.msg or error}") from None
        self.passed += 1
        print(f"ok - {label}", flush=True)
        return result


# Public pages.

def home_page(b, language):
    """English through ?lang=en; French through the language link, which the next pages remember."""
    if language is EN:
        b.language = EN
        b.open("/?lang=en")
    else:
        b.open("/")
        link = b.element("a#language-link")
        check(f"lang={language.code}" in link.get_attribute("href"), f"language link goes to {link.get_attribute('href')}")
        b.language = language
        b.click_through(link)
    b.element("main#main h1")
    b.screenshot("home")


def participants_search(b):
    b.open("/participants")
    b.element('a[href="/participants/AO"]')
    b.screenshot("participants")
    b.type("#q", "Botsw")
    b.click_through(b.element("#q").find_element(By.XPATH, "ancestor::form//button[@type='submit']"))
    b.element('a[href="/participants/BW"]')
    b.absent('a[href="/participants/AO"]')


def participant_botswana(b):
    b.press('a[href="/participants/BW"]')
    heading = b.element("main h1").text
    check("Botswana (BW)" in heading, f"{b.where()}: h1 is {heading!r}")


def verify_page(b):
    b.open("/verify")
    b.element("textarea#seal")
    b.screenshot("verify")


def statistics_page(b):
    b.open("/statistics")
    b.element("main h1")
    b.screenshot("statistics")


def meetings_pages(b):
    b.open("/meetings")
    b.element("table#meetings")
    b.click_through(b.element("table#meetings tbody tr a"))
    b.element("ol#agenda")
    b.element("ul#attendance")
    b.screenshot("meeting")
    # The 2025 Plenary: its decisions, numbered, and its communiqué.
    b.open("/meetings")
    plenary = [a for a in b.driver.find_elements(By.CSS_SELECTOR, "table#meetings tbody tr a[href^='/meetings/']")
               if "2025" in a.text]
    check(plenary, f"{b.where()}: no 2025 Plenary listed")
    b.click_through(plenary[0])
    decisions = b.element("ul#meeting-decisions").text
    check("KP/2025/Plenary/Administrative Decision 1" in decisions, f"{b.where()}: the Plenary's decisions: {decisions!r}")
    b.element("#communique")


def bodies_pages(b):
    b.open("/bodies")
    b.element("table#bodies")
    b.click_through(b.element("table#bodies tbody tr a[href='/bodies/WGS']"))
    b.element("table#current-seats")
    b.screenshot("body")
    # The CPC's page lists its demo meeting.
    b.open("/bodies/CPC")
    b.element("ul#body-meetings li a")


def zones_pages(b):
    # The Central African Republic's demo zones: from its participant page to the map, then one zone.
    b.open("/participants/CF")
    b.click_through(b.element("a#zones-link"))
    b.element("figure#zone-map svg")
    rows = b.element("table#zones").text
    check("CF-BERBERATI" in rows and "CF-CARNOT" in rows, f"{b.where()}: the zones table: {rows!r}")
    b.screenshot("zones")
    b.click_through(b.element("table#zones a[href='/zones/CF-BRIA']"))
    b.element("ul#zone-history li a")
    b.element("pre#zone-geometry")


# Annual reports: the delegate submits the report on last year with its figures prefilled, the WGM (EU's delegate, on
# the WGM in the demo) returns it with a comment, the delegate submits it again. Botswana in English, South Africa in
# French, so that each language starts from a report not yet submitted.

REPORTERS = {"en": "BW", "fr": "ZA"}
RETURN_COMMENTS = {"en": "Say more on export controls.", "fr": "Précisez les contrôles à l'exportation."}


def annual_report_path(b):
    year = datetime.date.today().year - 1
    return f"/participants/{REPORTERS[b.language.code]}/annual-reports/{year}"


def submit_annual_report(b, again):
    code = REPORTERS[b.language.code]
    log_in(b, f"{code.lower()}-delegate")
    b.open(f"/participants/{code}")
    b.click_through(b.element("a#annual-reports-link"))
    b.element("table#annual-reports")
    b.click_through(b.element(f"table#annual-reports a[href='{annual_report_path(b)}']"))
    prefilled = b.element("#figure-export-certificates").get_attribute("value")
    check(prefilled.isdigit() and int(prefilled) > 0, f"{b.where()}: export certificates prefilled as {prefilled!r}")
    if again:
        comment = b.element("div.review p.comment").text
        check(comment == RETURN_COMMENTS[b.language.code], f"{b.where()}: the WGM's comment reads {comment!r}")
        b.type("#section-controls", "Every parcel is sealed and weighed again at the airport.")
    else:
        for section in ("legislation", "controls", "statistics", "infringements", "artisanal", "other"):
            b.type(f"#section-{section}", f"Report of {code} on {section} ({b.language.code}).")
    b.screenshot("annual-report-form")
    b.press("#report-form button[type=submit]")
    b.element("#saved")
    versions = b.driver.find_elements(By.CSS_SELECTOR, "section.report-version")
    check(len(versions) == (2 if again else 1), f"{b.where()}: {len(versions)} version(s)")
    b.absent("#report-form")
    log_out(b)


def return_annual_report(b):
    log_in(b, "eu-delegate")
    b.open(annual_report_path(b))
    b.click("#review-returned")
    b.type("#review-comment", RETURN_COMMENTS[b.language.code])
    b.press("#review-form button[type=submit]")
    b.element("#saved")
    b.absent("#review-form")
    b.element("div.review p.comment")
    log_out(b)


def annual_report_flow(steps):
    steps("a delegate submits the annual report with its figures prefilled", submit_annual_report, False)
    steps("the WGM returns it with a comment", return_annual_report)
    steps("the delegate reads the comment and submits it again", submit_annual_report, True)


# Peer review: a participant invites a review visit (India in English, the UAE in French), the team's leader (Canada,
# which chairs the WGM in the demo) makes a recommendation, the participant gives its evidence, the leader signs it
# off: the recommendation reads implemented, its timeline in order.

VISITED = {"en": "IN", "fr": "AE"}
REVIEWS = {}


def invite_review_visit(b):
    code = VISITED[b.language.code]
    log_in(b, f"{code.lower()}-delegate")
    b.open(f"/participants/{code}")
    b.click_through(b.element("a#peer-reviews-link"))
    today = datetime.date.today().isoformat()
    b.type("#review-participant", code)
    b.choose("#review-kind", value="visit")
    for field in ("#review-startsOn", "#review-endsOn"):
        b.driver.execute_script("arguments[0].value = arguments[1]", b.element(field), today)
    b.type("#review-team", "participant CA leader\norganisation CSC member")
    b.press("#review-form button[type=submit]")
    b.element("#saved")
    check(re.fullmatch(r"/peer-reviews/\d+", b.path()) is not None, f"after recording a review: at {b.where()}")
    REVIEWS[b.language.code] = b.path()
    team = b.element("ul#review-team").text
    check("CA" in team and "CSC" in team, f"{b.where()}: the team is {team!r}")
    log_out(b)


def make_recommendation(b):
    code = VISITED[b.language.code]
    log_in(b, "ca-delegate")
    b.open(REVIEWS[b.language.code])
    b.type("#recommendation-textEn", "Publish the valuation rules of the trading centre.")
    b.type("#recommendation-textFr", "Publier les règles d'évaluation du centre de négoce.")
    b.type("#recommendation-owner", code)
    deadline = (datetime.date.today() + datetime.timedelta(days=90)).isoformat()
    b.driver.execute_script("arguments[0].value = arguments[1]", b.element("#recommendation-deadline"), deadline)
    b.press("#recommendation-form button[type=submit]")
    b.element("#saved")
    b.element("table#recommendations a[href^='/recommendations/']")
    log_out(b)


def give_evidence(b):
    log_in(b, f"{VISITED[b.language.code].lower()}-delegate")
    b.open(REVIEWS[b.language.code])
    b.click_through(b.element("table#recommendations a[href^='/recommendations/']"))
    b.choose("#entry-kind", value="evidence")
    b.type("#entry-note", "Decree of the ministry, published in the official gazette.")
    b.press("#entry-form button[type=submit]")
    b.element("#saved")
    log_out(b)


def sign_off_recommendation(b):
    log_in(b, "ca-delegate")
    b.open(REVIEWS[b.language.code])
    b.click_through(b.element("table#recommendations a[href^='/recommendations/']"))
    b.choose("#entry-kind", value="sign-off")
    b.choose("#entry-outcome", value="implemented")
    b.press("#entry-form button[type=submit]")
    b.element("#saved")
    entries = b.driver.find_elements(By.CSS_SELECTOR, "ol#recommendation-timeline li")
    check(len(entries) == 3, f"{b.where()}: the timeline has {len(entries)} entries")
    b.absent("#entry-form")
    b.screenshot("recommendation")
    log_out(b)


def peer_review_flow(steps):
    steps("a participant invites a review visit", invite_review_visit)
    steps("the team's leader makes a recommendation", make_recommendation)
    steps("the participant gives its evidence", give_evidence)
    steps("the leader signs it off: implemented", sign_off_recommendation)


def accountability_page(b):
    # The Central African Republic's accountability: its status history, its annual reports, its zones (Carnot
    # not reviewed), reached from its participant page.
    b.open("/participants/CF")
    b.click_through(b.element("a#accountability-link"))
    b.element("ul#report-counts")
    rows = b.element("table#zones").text
    check("CF-CARNOT" in rows, f"{b.where()}: the zones table: {rows!r}")
    b.screenshot("accountability")


# Incident reports: the civil society coalition files one about the Central African Republic (its reporter's name
# typed in, to be sealed), the WGM (Canada's delegate) corroborates it and publishes a summary, and the
# accountability page shows the summary without the reporter.

INCIDENTS = {}
REPORTER = "Browser reporter, sealed"


def file_incident(b):
    log_in(b, "csc-observer")
    b.open("/incidents")
    b.click_through(b.element("a#file-incident"))
    b.type("#incident-participant", "CF")
    b.type("#incident-zone", "CF-BRIA")
    day = (datetime.date.today() - datetime.timedelta(days=5)).isoformat()
    b.driver.execute_script("arguments[0].value = arguments[1]", b.element("#incident-occurredOn"), day)
    b.click("#incident-kind-security-force-abuse")
    b.type("#incident-description", f"Guards beat diggers at a pit near Bria ({b.language.code}).")
    b.type("#incident-evidence", "Photographs kept by the coalition")
    b.type("#incident-reporterName", REPORTER)
    b.press("#incident-form button[type=submit]")
    INCIDENTS[b.language.code] = b.element("#incident-reference").text
    check(REPORTER not in b.driver.page_source, f"{b.where()}: the reporter is on the page")
    log_out(b)


def publish_incident(b):
    log_in(b, "ca-delegate")
    reference = INCIDENTS[b.language.code]
    b.open(f"/incidents/{reference}")
    b.choose("#review-verification", value="corroborated")
    b.choose("#review-publication", value="public-summary")
    b.press("#incident-review-form button[type=submit]")
    b.element("#saved")
    check(REPORTER not in b.driver.page_source, f"{b.where()}: the reporter is on the page")
    log_out(b)


def accountability_shows_incident(b):
    b.open("/participants/CF/accountability")
    table = b.element("table#incident-summaries").text
    reference = INCIDENTS[b.language.code]
    check(reference in table, f"{b.where()}: {reference} is not in the summaries: {table!r}")
    check(REPORTER not in b.driver.page_source, f"{b.where()}: the reporter is on the page")
    check("Guards beat" not in table, f"{b.where()}: a summary shows the description")


def conflict_definitions_page(b):
    b.open("/conflict-definitions")
    rows = b.driver.find_elements(By.CSS_SELECTOR, "table#what-if tbody tr")
    check(len(rows) == 2, f"{b.where()}: the what-if table has {len(rows)} rows")


def incident_flow(steps):
    steps("a civil-society account files an incident report", file_incident)
    steps("the WGM corroborates it and publishes a summary", publish_incident)
    steps("the accountability page shows the summary without the reporter", accountability_shows_incident)
    steps("the conflict definitions and the what-if view", conflict_definitions_page)


def record_meeting(b):
    """The Chair records an online Intersessional with its agenda, then who was present, through the forms."""
    b.open("/meetings")
    today = datetime.date.today().isoformat()
    title = f"Browser {b.language.code}: Intersessional"
    b.choose("#meeting-kind", value="intersessional")
    b.type("#meeting-titleEn", title)
    b.type("#meeting-titleFr", title + " (fr)")
    for field in ("#meeting-startsOn", "#meeting-endsOn"):
        b.driver.execute_script("arguments[0].value = arguments[1]", b.element(field), today)
    b.choose("#meeting-format", value="online")
    b.type("#meeting-agenda", "Opening | Ouverture\nStatistics | Statistiques")
    b.press("#meeting-submit")
    b.element("#notice")
    check(re.fullmatch(r"/meetings/\d+", b.path()) is not None, f"after recording a meeting: at {b.where()}")
    items = [li.text for li in b.driver.find_elements(By.CSS_SELECTOR, "ol#agenda li")]
    check(len(items) == 2, f"{b.where()}: the agenda is {items!r}")
    b.click("#attendance-p-BW")
    b.click("#attendance-o-WDC")
    b.press("#attendance-submit")
    b.element("#notice")
    present = b.element("ul#attendance").text
    check("BW" in present and "WDC" in present, f"{b.where()}: present are {present!r}")
    # A document with its English file, through the upload form.
    upload = pathlib.Path(tempfile.gettempdir()) / f"kpcs-browser-agenda-{b.language.code}.txt"
    upload.write_text("Agenda of the meeting recorded by the browser suite.\n", encoding="utf-8")
    b.type("#document-titleEn", "Agenda")
    b.type("#document-titleFr", "Ordre du jour")
    b.element("#document-fileEN").send_keys(str(upload))
    b.press("#document-submit")
    b.element("#notice")
    b.element("ul#documents li a[hreflang='en']")


def applications_page(b):
    b.open("/applications")
    b.element("main h1")


def login_page(b):
    b.open("/login")
    b.element("#username")
    b.element("#password")
    heading = b.element("main h1").text
    check(heading == b.language.login_title, f"{b.where()}: h1 is {heading!r}, expected {b.language.login_title!r}")


# Sessions.

def log_in(b, username, password=None):
    b.open("/login")
    b.type("#username", username)
    b.type("#password", password or PASSWORDS[username])
    b.press("main button[type=submit]")


def log_in_to_dashboard(b, username):
    log_in(b, username)
    check(b.path() == "/dashboard", f"after logging in as {username}: at {b.where()}, expected /dashboard")
    b.element("section#awaiting")
    b.element("section#recent")


def exporter_dashboard(b):
    log_in_to_dashboard(b, "bw-officer")
    b.screenshot("dashboard")


def log_out(b):
    b.press("button#logout")
    b.absent("button#logout")


# Certificates.

def fill_certificate(b, carats, value, parcels, importer=IMPORTER):
    b.choose("#importingParticipant", value="EU")
    b.choose("#exporterId", text=EXPORTER)
    if importer is not None:
        b.choose("#importerId", text=importer)
    b.element("#origin-single").click()
    b.type("#originCountries", "BW")
    b.choose("#line-0-hsCode", value="7102.10")
    b.type("#line-0-carats", b.language.decimal(carats))
    b.type("#line-0-value", b.language.decimal(value))
    b.type("#line-0-parcels", parcels)


def refused_certificate(b):
    """Carats that are not a number (and no importer, when the select allows none): errors beside the fields."""
    b.open("/certificates/new")
    b.element("form#certificate-form")
    importers = Select(b.element("#importerId"))
    importer_left_empty = importers.options[0].get_attribute("value") == ""
    if importer_left_empty:
        importers.select_by_index(0)
    fill_certificate(b, "abc", "1000.00", "1", importer=None)
    b.press("#issue")
    b.visible("#error-summary")
    b.element('#error-summary a[href="#line-0-carats"]')
    b.visible("#line-0-carats-error")
    check(b.element("#line-0-carats").get_attribute("aria-invalid") == "true", "#line-0-carats is not aria-invalid")
    check(b.value("#line-0-carats") == "abc", f"the carats typed were not kept: {b.value('#line-0-carats')!r}")
    if importer_left_empty:
        b.visible("#importerId-error")
    b.screenshot("new-certificate-errors")


def issue_certificate(b, check_first):
    """Fills the form (the one on screen after a refusal, or a new one), optionally dry-runs it, issues it."""
    if not check_first:
        b.open("/certificates/new")
    fill_certificate(b, "1234.56", "98765.43", "3")
    if check_first:
        b.press("#check")
        b.element("#check-ok")
        b.absent("#error-summary")
    b.press("#issue")
    b.element("#notice")
    expect_state(b, "issued")
    prefix = "/certificates/"
    check(b.path().startswith(prefix), f"after issuing: at {b.where()}")
    number = urllib.parse.unquote(b.path().removeprefix(prefix))
    check(number in b.element("main h1").text, f"{b.where()}: the h1 does not show {number}")
    return number


def expect_state(b, state):
    shown = b.element("#certificate-state")
    actual = shown.get_attribute("data-state")
    check(actual == state, f"{b.where()}: data-state is {actual!r}, expected {state!r}")
    in_english = state in shown.text.lower()
    check(in_english == (b.language is EN), f"{b.where()}: the state reads {shown.text!r} on a page in {b.language.code}")


def confirm_less_than_certified(b, number):
    log_in_to_dashboard(b, "eu-officer")
    b.press(f'section#awaiting a[href$="/certificates/{number}"]')
    expect_state(b, "issued")
    b.element("form#confirm-form")
    b.element("#outcome-received").click()
    # Nothing is pre-filled: the importer enters what arrived, or ticks "as certified" (not ticked by default).
    check(b.value("#received-0-carats") == "", f"received carats pre-filled with {b.value('#received-0-carats')!r}")
    check(not b.element("#as-certified").is_selected(), "'received exactly as certified' is ticked by default")
    b.type("#received-0-carats", b.language.decimal("1200.00"))
    b.type("#received-0-parcels", "3")
    b.press("#confirm-submit")
    expect_state(b, "discrepancy")


def exporter_sees_discrepancy(b, number):
    log_in_to_dashboard(b, "bw-officer")
    b.open(f"/certificates/{number}")
    expect_state(b, "discrepancy")
    b.screenshot("certificate")


def void_and_replace(b, number):
    b.open(f"/certificates/{number}")
    expect_state(b, "issued")
    b.element("form#void-form")
    b.type("#void-reason", b.language.void_reason)
    b.press("#void-submit")
    expect_state(b, "voided")
    b.press("a#replace-link")
    check(b.path() == "/certificates/new", f"the replace link led to {b.where()}")
    check(b.value("#replaces") == number, f"#replaces holds {b.value('#replaces')!r}, expected {number!r}")


def certificates_list(b, *numbers):
    b.open("/certificates")
    for number in numbers:
        b.element(f'table#certificates a[href$="/certificates/{number}"]')
    b.screenshot("certificates")


def companies_page(b):
    b.open("/companies")
    b.element("table#companies")
    b.element("form#company-form")


def production_report(b):
    """A half-year's production of last year (a resubmission, with its reason): English the first half, French the second."""
    b.open("/production")
    b.element("form#production-form")
    year = str(datetime.date.today().year - 1)
    b.type("#production-year", year)
    b.choose("#production-half", value="1" if b.language is EN else "2")
    b.choose("#production-0-mining", value="industrial")
    b.type("#production-0-carats", b.language.decimal("150000.25"))
    b.type("#production-0-value", b.language.decimal("21000000.00"))
    # The demo's generated year already holds reports: this one replaces it, so it gives a reason.
    b.type("#production-reason", "Corrected after the mine's audit" if b.language is EN else "Corrigé après l'audit de la mine")
    b.press("#production-submit")
    b.element("#notice")
    b.element("table#production-reports")


def officer_flow(steps):
    """Returns the number of the certificate left in discrepancy."""
    steps("bw-officer logs in and lands on the dashboard", exporter_dashboard)
    steps("a certificate with bad carats is refused, errors beside the fields", refused_certificate)
    first = steps("the corrected certificate passes the check, then is issued", issue_certificate, True)
    second = steps("a second certificate is issued", issue_certificate, False)
    steps("bw-officer logs out", log_out)
    steps("eu-officer finds it awaiting and records less than certified", confirm_less_than_certified, first)
    steps("eu-officer logs out", log_out)
    steps("bw-officer sees the discrepancy", exporter_sees_discrepancy, first)
    steps("bw-officer voids the second and follows the replace link", void_and_replace, second)
    steps("the certificates list shows both", certificates_list, first, second)
    steps("companies page", companies_page)
    steps("bw-officer reports last year's production", production_report)
    steps("bw-officer logs out", log_out)
    return first


# Governance: written procedures decided by consensus, the outcome computed once the deadline has passed.

@dataclass
class Procedure:
    decision: str
    deadline: datetime.datetime


SUSPENDED = {"en": "NA", "fr": "LS"}


def propose(b, title, effect=None):
    b.open("/decisions/new")
    b.type("#decision-titleEn", title)
    b.type("#decision-titleFr", title + " (fr)")
    b.type("#decision-textEn", f"The participants decide: {title}.")
    b.type("#decision-textFr", f"Les participants décident : {title}.")
    if effect:
        b.choose("#decision-effectKind", value=effect[0])
        b.type("#decision-effectParticipant", effect[1])
    b.press("#decision-submit")
    b.element("#notice")
    check(re.fullmatch(r"/decisions/\d+", b.path()) is not None, f"after proposing: at {b.where()}")
    return b.path()


def open_procedure(b, decision):
    b.open(decision)
    deadline = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=75)
    b.type("#procedure-closesAt", deadline.strftime("%Y-%m-%dT%H:%M:%S"))
    b.press("#procedure-submit")
    b.element("#notice")
    b.element("span.tag.d-open")
    b.absent("#procedure-form")
    return Procedure(decision, deadline)


def answer(b, decision, position, reason=None):
    b.open(decision)
    b.click(f"#stance-{position}")
    if reason:
        b.type("#stance-reason", reason)
    b.press("#stance-submit")
    b.element("#notice")
    b.element("#own-stance")


def governance_open(steps):
    """Proposes and opens two written procedures, answered by two delegates; returns them."""
    code = SUSPENDED[steps.language.code]
    steps("eu-delegate logs in", log_in, "eu-delegate")
    blocked = steps("eu-delegate proposes a decision", propose, f"Browser {steps.language.code}: footprints")
    adopted = steps(f"eu-delegate proposes to suspend {code}", propose, f"Browser {steps.language.code}: suspend {code}",
                    ("suspend", code))
    steps("eu-delegate logs out", log_out)
    steps("bw-delegate (the Chair) logs in", log_in, "bw-delegate")
    first = steps("the Chair opens a written procedure on the first", open_procedure, blocked)
    second = steps("the Chair opens a written procedure on the second", open_procedure, adopted)
    steps("the Chair records a meeting, who was present and a document through the forms", record_meeting)
    steps("bw-delegate logs out", log_out)
    steps("eu-delegate logs in", log_in, "eu-delegate")
    steps("eu-delegate supports the first", answer, blocked, "supports")
    steps("eu-delegate supports the second", answer, adopted, "supports")
    steps("eu-delegate logs out", log_out)
    steps("ae-delegate logs in", log_in, "ae-delegate")
    steps("ae-delegate objects to the first, with its reason", answer, blocked, "objects", "Wait for the review report")
    steps("ae-delegate logs out", log_out)
    return first, second


def wait_for(deadline):
    remaining = (deadline - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
    if remaining > 0:
        time.sleep(remaining + 1)


def not_adopted(b, procedure):
    wait_for(procedure.deadline)
    b.open(procedure.decision)
    b.element("span.tag.d-not-adopted")
    outcome = b.element("#decision-outcome").text
    check("(AE)" in outcome, f"{b.where()}: the outcome does not name the objector: {outcome!r}")
    b.absent("#stance-form")
    check("Wait for the review report" not in b.driver.page_source, f"{b.where()}: the public sees the reason")


def adopted_with_effect(b, procedure, code):
    wait_for(procedure.deadline)
    b.open(procedure.decision)
    b.element("span.tag.d-adopted")
    number = b.element("#decision-number").text
    check("/WP/Administrative Decision" in number, f"{b.where()}: no decision number: {number!r}")
    b.open(f"/participants/{code}")
    link = b.element(f'main a[href="{procedure.decision}"]')
    check("Administrative Decision" in link.text, f"{b.where()}: the history does not name the decision")
    status = {"en": "suspended", "fr": "suspendu"}[b.language.code]
    check(status in b.element("main").text, f"{b.where()}: {code} does not read {status}")
    b.screenshot("participant-suspended")


def governance_check(steps, procedures):
    first, second = procedures
    steps("past its deadline, the first reads not adopted (AE objected)", not_adopted, first)
    code = SUSPENDED[steps.language.code]
    steps(f"the second reads adopted; {code}'s page shows its suspension", adopted_with_effect, second, code)


# Administrator and refusals.

def administrator_page(b, path):
    b.open(path)
    b.element("main h1")


def administrator_flow(steps):
    steps("demo-admin logs in", log_in, "demo-admin")
    for path in ADMIN_PAGES:
        steps(f"administrator page {path}", administrator_page, path)
    steps("demo-admin sees the form to record an application", application_form)
    steps("demo-admin logs out", log_out)


def application_form(b):
    b.open("/applications")
    b.element("form#application-form")
    b.element("#app-candidate")


def other_participant_refused(b, number):
    log_in(b, "in-officer")
    b.open(f"/certificates/{number}")
    heading = b.element("main h1").text
    check(heading == b.language.forbidden_title, f"{b.where()}: h1 is {heading!r}, expected {b.language.forbidden_title!r}")
    b.absent("[data-state]")
    log_out(b)


def login_required(b):
    for path in ("/dashboard", "/certificates/new"):
        b.open(path)
        check(b.path() == "/login", f"{path} while logged out: at {b.where()}, expected /login")
        check(b.query().get("next") == [path], f"{path} while logged out: next is {b.query().get('next')}")


def wrong_password(b):
    log_in(b, "bw-officer", "not-the-password")
    check(b.path() == "/login", f"after a wrong password: at {b.where()}")
    b.visible("#login-error")
    b.absent("button#logout")


def refusals(steps, number):
    steps("in-officer is refused bw-officer's certificate", other_participant_refused, number)
    steps("pages needing a login redirect to /login", login_required)
    steps("a wrong password shows the login error", wrong_password)


def run(steps):
    for language in (EN, FR):
        steps.language = language
        steps("home page", home_page, language)
        steps("participants, searching Botsw", participants_search)
        steps("participant Botswana", participant_botswana)
        steps("verify page", verify_page)
        steps("statistics page", statistics_page)
        steps("meetings pages", meetings_pages)
        steps("bodies pages", bodies_pages)
        steps("mining zones pages", zones_pages)
        steps("accountability page", accountability_page)
        steps("applications page", applications_page)
        steps("login page", login_page)
        procedures = governance_open(steps)
        number = officer_flow(steps)
        administrator_flow(steps)
        annual_report_flow(steps)
        peer_review_flow(steps)
        incident_flow(steps)
        refusals(steps, number)
        governance_check(steps, procedures)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the server, e.g. http://127.0.0.1:18090")
    parser.add_argument("--screenshots", type=pathlib.Path, metavar="DIR", help="save PNGs of the main pages here")
    args = parser.parse_args()
    if args.screenshots:
        args.screenshots.mkdir(parents=True, exist_ok=True)
    browser = Browser(args.base, args.screenshots)
    steps = Steps(browser)
    try:
        run(steps)
    except StepFailed as failed:
        print(f"not ok - {failed.label}\n  {failed.reason}")
        print(f"FAILED after {steps.passed} steps; {browser.pages_checked} pages checked with axe")
        return 1
    finally:
        browser.quit()
    print(f"PASSED: {steps.passed} steps; {browser.pages_checked} pages checked with axe, "
          "no WCAG 2.1 AA violation (axe-core 4.9)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
