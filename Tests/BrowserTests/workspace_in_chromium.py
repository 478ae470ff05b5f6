#!/usr/bin/env python3
"""The workspace in a real browser (headless Chromium through Selenium), as a case
manager uses it: sign in, open a case, edit the case file and watch the schedule
follow (the page's script), save, issue, record the client's approval, download.
Screenshots of each step go to the folder given as the second argument, to be looked
at. Usage: workspace_in_chromium.py path/to/vr-docs screenshots/
"""
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "demo-password-2026"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except Exception:
            time.sleep(0.3)
    raise SystemExit(f"the workspace did not start at {url}")


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def main():
    binary, shots = os.path.abspath(sys.argv[1]), sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    work = tempfile.mkdtemp(prefix="vr-docs-browser-")
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--demo", "--db", os.path.join(work, "w.sqlite"), "--port", str(port)],
                              cwd=work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1100"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": work})
    driver = None
    try:
        wait_for(base + "/login")
        service = Service(executable_path="/usr/bin/chromedriver")
        driver = webdriver.Chrome(options=options, service=service)
        wait = WebDriverWait(driver, 20)

        driver.get(base + "/")
        check("Sign in" in driver.title, "signed out, the sign-in page comes first")
        driver.find_element(By.ID, "username").send_keys("casemanager")
        driver.find_element(By.ID, "password").send_keys("wrong password here")
        driver.find_element(By.CSS_SELECTOR, "form button").click()
        wait.until(lambda d: "do not match" in d.page_source)  # a wrong password is refused with a message
        driver.find_element(By.ID, "username").send_keys("casemanager")
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form button").click()
        wait.until(EC.title_contains("Your cases"))
        driver.save_screenshot(os.path.join(shots, "1-cases.png"))
        check("VR-2026-0147" in driver.page_source and "VR-2026-0212" in driver.page_source, "both example cases are listed")

        driver.find_element(By.LINK_TEXT, "VR-2026-0147").click()
        wait.until(EC.title_contains("VR-2026-0147"))
        rows = driver.find_elements(By.CSS_SELECTOR, "#preview table.schedule tbody tr")
        check(len(rows) == 7, f"seven weeks previewed, found {len(rows)}")
        driver.save_screenshot(os.path.join(shots, "2-case.png"))

        # Typing in the case file updates the schedule beside it without saving.
        editor = driver.find_element(By.ID, "case-file")
        text = editor.get_property("value")
        changed = text.replace("start_hours_per_day: 4", "start_hours_per_day: 3")
        check(changed != text, "the example has start_hours_per_day: 4")
        driver.execute_script("arguments[0].value = arguments[1];", editor, changed)
        editor.send_keys(" ")
        wait.until(lambda d: "Mon 3 h, Thu 3 h" in d.find_element(By.ID, "preview").text.replace("\u00a0", " "))
        driver.save_screenshot(os.path.join(shots, "3-live-preview.png"))

        # A mistake shows beside the schedule with its line.
        driver.execute_script("arguments[0].value = arguments[1];", editor, text.replace("start: 2026-03-02", "start: 2026-02-30"))
        editor.send_keys(" ")
        wait.until(lambda d: "2026-02-30 is not a real date" in d.find_element(By.ID, "preview").text)
        driver.execute_script("arguments[0].scrollIntoView()", driver.find_element(By.ID, "preview"))
        driver.save_screenshot(os.path.join(shots, "4-problem.png"))
        driver.execute_script("arguments[0].value = arguments[1];", editor, text)
        driver.find_element(By.CSS_SELECTOR, "#draft-form button").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".saved")))

        # The same case as a form: send it back unchanged, then change one field.
        driver.find_element(By.LINK_TEXT, "Edit as a form").click()
        wait.until(EC.title_contains("form"))
        driver.save_screenshot(os.path.join(shots, "5a-form.png"))
        driver.find_element(By.CSS_SELECTOR, "form.case-form > button[type=submit]").click()
        wait.until(lambda d: "Nothing changed." in d.page_source)
        # Changing a plan field updates the schedule below the form before saving.
        start = driver.find_element(By.ID, "f-plan-start_hours_per_day")
        start.clear()
        start.send_keys("3")
        wait.until(lambda d: "Mon 3 h, Thu 3 h" in d.find_element(By.ID, "form-preview").text.replace("\u00a0", " "))
        driver.find_element(By.ID, "form-preview").screenshot(os.path.join(shots, "5c-form-preview.png"))
        start.clear()
        start.send_keys("4")
        pronouns = driver.find_element(By.ID, "f-client-pronouns")
        pronouns.clear()
        pronouns.send_keys("she/her")
        driver.find_element(By.CSS_SELECTOR, "form.case-form > button[type=submit]").click()
        wait.until(lambda d: "Saved." in d.page_source)
        check(driver.find_element(By.ID, "f-client-pronouns").get_attribute("value") == "she/her", "the form keeps the change")
        driver.find_element(By.ID, "section-consent").screenshot(os.path.join(shots, "5b-consent.png"))
        driver.get(base + "/cases/1")
        wait.until(EC.title_contains("VR-2026-0147"))
        check("pronouns: she/her" in driver.find_element(By.ID, "case-file").get_property("value"), "the text has the form's change")

        driver.find_element(By.CSS_SELECTOR, "form[action$='/issue'] button").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "article.version")))
        check("held until the client approves" in driver.page_source, "employer documents wait for approval")
        driver.save_screenshot(os.path.join(shots, "5-issued.png"))
        driver.find_element(By.CSS_SELECTOR, "form[action$='/approve'] input[type=checkbox]").click()
        driver.find_element(By.CSS_SELECTOR, "form[action$='/approve'] button").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".approved")))
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "ul.documents a")]
        check(any(link.endswith("/employer-report.pdf") for link in links), "after approval the employer report downloads")
        driver.execute_script("window.scrollTo(0, document.body.scrollHeight)")
        driver.save_screenshot(os.path.join(shots, "6-approved.png"))

        driver.get(base + "/cases/1/versions/1/employer-report.png")
        driver.save_screenshot(os.path.join(shots, "7-preview-page.png"))
        driver.get(base + "/due?within=400")
        driver.save_screenshot(os.path.join(shots, "8-due.png"))
        driver.get(base + "/caseload")
        check(len(driver.find_elements(By.CSS_SELECTOR, "img.page")) >= 1, "the caseload report's pages are shown")
        driver.save_screenshot(os.path.join(shots, "9-caseload.png"))
        print("workspace in Chromium: every step passed; screenshots in", shots)
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
