//! The organisation an intro or a heading names.

use super::*;

#[test]
fn intro_names_the_org() {
    // A short lead clause before the name, a wrapped sentence, "opting" and "mentor".
    assert_eq!(
        org_from_intro("This year, Orbitrack is opting again as a mentor organization for [Google\nSummer of Code](https://g.co).").as_deref(),
        Some("Orbitrack")
    );
    // An event named after the organisation names no organisation.
    assert_eq!(
        org_from_intro("- [Gazebo Community Meeting](https://community.example.org/)"),
        None
    );
    assert_eq!(
        org_from_intro("[**Quuxlib**](https://q.example.org/) is hoping to be a mentoring organization for [Google Summer of Code](https://g.co) 2025.").as_deref(),
        Some("Quuxlib")
    );
    // "The X team proposes ... for" the programme, after a short lead clause.
    assert_eq!(
        org_from_intro("In 2019, the Quux Vert team proposes subjects for [Google Summer of Code](x) through its foundation.").as_deref(),
        Some("Quux Vert")
    );
    // The name whose participation in the programme a sentence speaks of.
    assert_eq!(
        org_from_intro("For details of QuuxFS's participation in the [Google Summer of\nCode](x) project, see this page.").as_deref(),
        Some("QuuxFS")
    );
    assert_eq!(org_from_intro("Our participation in GSoC is new."), None);
    assert_eq!(
        org_from_intro("Quuxlib is accepting applications from Google Summer of Code students!")
            .as_deref(),
        Some("Quuxlib")
    );
    // Or whose programme it is.
    assert_eq!(
        org_from_intro("If you are applying for Quuxlib’s Google Summer of Code 2021, start here:")
            .as_deref(),
        Some("Quuxlib")
    );
    assert_eq!(org_from_intro("Read Google's Summer of Code guide."), None);
    assert_eq!(
        org_from_intro("The Kubeflow Community plans to participate").as_deref(),
        Some("Kubeflow")
    );
    assert_eq!(
        org_from_intro("KubeSphere in [Google Summer of Code](x). You can").as_deref(),
        Some("KubeSphere")
    );
    assert_eq!(
        org_from_intro("KubeSphere in [Summer 2021 of Open Source Promotion Plan](x).").as_deref(),
        Some("KubeSphere")
    );
    assert_eq!(
        org_from_intro("The Lanternfish project lists its ideas below.").as_deref(),
        Some("Lanternfish")
    );
    // (Not a project of something else: "The Rust project ideas" has no verb after "project".)
    assert_eq!(org_from_intro("See The Rust project ideas page."), None);
    assert_eq!(org_from_intro("Join the community!"), None);
    // A function word in capitals before "community" names nobody.
    assert_eq!(
        org_from_intro("Talk to us in our 44 project discussions AND community channels."),
        None
    );
    assert_eq!(org_from_intro("Ideas FOR community members"), None);
    // A label that ends in "Community:" names a place to talk, not the organisation.
    assert_eq!(
        org_from_intro("__Discord Community:__ https://discord.example.org/x"),
        None
    );
    // "serving as a mentor organization", "the ideas list of X for" the programme.
    assert_eq!(
        org_from_intro("This year, Quillpad is serving again as a mentor organization for [Google Summer of Code](x).").as_deref(),
        Some("Quillpad")
    );
    assert_eq!(
        org_from_intro(
            "Hi there! This is the ideas list of Brightwell for Google Summer of Code 2024!"
        )
        .as_deref(),
        Some("Brightwell")
    );
    // "Here is a list of ideas ... as part of GSoC": "Here" is nobody.
    assert_eq!(
        org_from_intro("Here is a list of project ideas you can contribute to as part of the Google Summer of Code (GSoC) 2023 program!"),
        None
    );
    // A sub-project names its umbrella organisation.
    assert_eq!(
        org_from_intro("As an affiliated project, `lumen` puts forward ideas\nunder the [NumFOCUS](https://numfocus.org/) umbrella.").as_deref(),
        Some("NumFOCUS")
    );
    assert_eq!(
        org_from_intro("We take part under the umbrella of the Python Software Foundation.")
            .as_deref(),
        Some("Python Software Foundation")
    );
    // (The name ends with its sentence, though the next one starts with a capital.)
    assert_eq!(
        org_from_intro("Quux takes part under the umbrella of Python Software Foundation.\n\nWe expect from students …")
            .as_deref(),
        Some("Python Software Foundation")
    );
    assert_eq!(
        org_from_intro("We work under the big umbrella of science."),
        None
    );
    // A sentence about past years names the umbrella of then, not the organisation of now.
    assert_eq!(
        org_from_intro(
            "Quux participated in 2017 and 2018 under the Zotlab umbrella, and in 2020 as its \
             own organization."
        ),
        None
    );
    // "Projects mentored by Quux": the project the ideas below belong to.
    assert_eq!(
        org_mentored_by("Projects mentored by MZmine").as_deref(),
        Some("MZmine")
    );
    assert_eq!(
        org_mentored_by("Ideas proposed by the Quux team").as_deref(),
        Some("Quux")
    );
    assert_eq!(org_mentored_by("Tools mentored by Quux"), None);
    assert_eq!(
        org_mentored_by("LF Edge Zotkuiper 旗下项目").as_deref(),
        Some("LF Edge Zotkuiper")
    );
    assert_eq!(org_mentored_by("旗下项目"), None);
    // A project's heading with its version names the project.
    assert_eq!(org_from_heading("NoneBot v2").as_deref(), Some("NoneBot"));
    assert_eq!(org_from_heading("Quux 2.x").as_deref(), Some("Quux"));
    assert_eq!(org_from_heading("Quux 2026").as_deref(), Some("Quux 2026"));
    assert_eq!(org_mentored_by("Projects mentored by our team"), None);
    // A line that opens with a name taking part in a programme.
    for (text, org) in [
        (
            "Brightmoss OS is participating in GSoC 2019. The following",
            Some("Brightmoss OS"),
        ),
        (
            "The Tidewatch Project has been accepted to Google Summer of Code",
            Some("Tidewatch Project"),
        ),
        (
            "Quillkit takes part in Outreachy this year.",
            Some("Quillkit"),
        ),
        ("We are participating in GSoC 2019.", None),
        (
            "GSoC 2026 is a programme in which we are participating",
            None,
        ),
        ("Brightmoss OS is participating in a conference.", None),
        ("Students participating in GSoC should read this.", None),
        (
            "Lanternfish is excited to be in the Google Summer of Code.",
            Some("Lanternfish"),
        ),
        (
            "Welcome to the Quillkit GSoC'26 projects page. Join",
            Some("Quillkit"),
        ),
        ("Welcome to the wider GSoC community!", None),
        (
            "Welcome to Quill Works's ideas page for GSoC 2020. We would like",
            Some("Quill Works"),
        ),
        ("Welcome to Ana's page of notes.", None),
        (
            "This is the Quill Foundation's list of projects and ideas for GSoC 2012.",
            Some("Quill Foundation"),
        ),
        ("This is Ana's project for GSoC 2012.", None),
        (
            "ideas that are proposed by Heronry Labs for Google Summer of Code 2025.",
            Some("Heronry Labs"),
        ),
        ("ideas written by The Team for GSoC", None),
        ("a list made by Ana for her own use", None),
        (
            "Read the Docs is excited to be in the Google Summer of Code.",
            Some("Read the Docs"),
        ),
        ("Welcome to Quillkit! We take part in GSoC.", None),
    ] {
        assert_eq!(org_from_intro(text).as_deref(), org, "{text}");
    }
}

#[test]
fn an_intro_that_says_what_the_name_is_names_it() {
    assert_eq!(
        org_described("Hollowfield is a ROS 2 based, open-source framework designed to fly drones.\nMore text.").as_deref(),
        Some("Hollowfield")
    );
    assert_eq!(
        org_described("The Quux Project is an open source library for maps.").as_deref(),
        Some("Quux Project")
    );
    // A name in camel case opens in lower case.
    assert_eq!(
        org_described("caMicroscope is a digital pathology image viewer with annotations.")
            .as_deref(),
        Some("caMicroscope")
    );
    // Not a kind of software or organisation, or not the paragraph's subject.
    assert_eq!(org_described("Python is a language we like."), None);
    assert_eq!(
        org_described("We use Tekton, which is a CI/CD project."),
        None
    );
    // Said in the first person, the name before a comma.
    assert_eq!(
        org_described("We're Quuxhub, an organization that ships packages.").as_deref(),
        Some("Quuxhub")
    );
    assert_eq!(
        org_described("We are Quux Labs, a team of friends.").as_deref(),
        None
    );
}

#[test]
fn a_heading_about_a_name_names_the_organisation() {
    assert_eq!(
        org_about("About moja global").as_deref(),
        Some("moja global")
    );
    assert_eq!(org_about("About Quuxlib:").as_deref(), Some("Quuxlib"));
    for heading in [
        "About us",
        "About the project",
        "About GSoC",
        "About this page",
        "Aboutness",
    ] {
        assert_eq!(org_about(heading), None, "{heading}");
    }
}

#[test]
fn a_sites_own_title_names_the_organisation_when_one_part_is_a_name() {
    let site = |t: &str| org_from_site_title(t);
    assert_eq!(
        site("Performance Co-Pilot").as_deref(),
        Some("Performance Co-Pilot")
    );
    assert_eq!(site("Quuxlib: GSoc Ideas Page").as_deref(), Some("Quuxlib"));
    assert_eq!(
        site("Google Summer of Code - 2017 — Quuxlib 2.2.0.dev0 documentation").as_deref(),
        Some("Quuxlib")
    );
    assert_eq!(
        site("Ideas | Tilemaker Project").as_deref(),
        Some("Tilemaker")
    );
    // Only an ideas page's words, a kind of page, a known skill, two names, or words written
    // small name no one.
    for none in [
        "Ideas List",
        "Home",
        "Python GSoC – Home",
        "Student Guide",
        "Quuxlib | Frobnitz",
        "project ideas for students",
        "Ideas – GSoC 2024",
    ] {
        assert_eq!(site(none), None, "{none}");
    }
}
