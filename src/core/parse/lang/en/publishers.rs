//! What each government's English readouts carry: their ministry's lines and page chrome, the
//! titles of their own officials, words only they write, their agencies' credits, the script
//! of their navigation. See /work/shared/PUBLISHERS.md.
//!
//! Takes nothing, gives [`PUBLISHERS`]. Pure data.

use crate::core::packed::{words, Words};
use crate::core::parse::lang::Publisher;

const NONE: Words = Words::EMPTY;

// One item per line would make the tables unreadably long.
#[rustfmt::skip]
pub(super) static PUBLISHERS: &[Publisher] = &[
    Publisher {
        country: "China",
        chrome_lines: words![
            "ministry of foreign affairs of the people's republic of china",
            "ministry of foreign affairs, the people's republic of china",
            "suggest to a friend", "suggest to a friend:", "home > china news",
            // Some embassies' page template, misspelt as it is printed.
            "suggset to friend", "suggset to friend:", "suggest to friend", "suggest to friend:",
            "home > ministry news", "home > minister's activities",
        ],
        chrome_prefixes: words!["home > china news", "home > ministry news", "home > minister's activities", "home > news"],
        home_titles: words![
            "State Councilor", "State Councillor", "Assistant Foreign Minister",
            "Vice Foreign Minister", "Assistant Minister of Foreign Affairs",
            "Member of the Political Bureau of the CPC Central Committee",
            "Director of the Office of the Central Foreign Affairs Commission", "Premier",
            "Vice Premier",
        ],
        home_title_endings: words!["of the Chinese Foreign Ministry", "of the Foreign Ministry of China"],
        shared_titles: NONE,
        // Its broadcaster's and its agency's names as their copies print them.
        own_words: words!["(Xinhua)", "Xinhua News Agency", "CGTN", "China Global Television Network"],
        credits: words!["Xinhua", "CGTN"],
        headline_openings: words!["vice foreign minister", "assistant foreign minister", "state councilor"],
        script: &[],
        unique_titles: words!["State Councilor", "State Councillor"],
        domains: words!["fmprc.gov.cn", "mfa.gov.cn", "xinhuanet.com", "news.cn", "cgtn.com"],
        home_places: words!["Beijing"],
    },
    Publisher {
        country: "United States",
        chrome_lines: words![
            "office of the spokesperson", "the white house", "office of the press secretary",
            "u.s. department of state", "united states department of state", "white house",
            "statements and releases", "briefing room",
        ],
        chrome_prefixes: words![
            "by office of the spokesperson", "office of the spokesperson",
            "source: united states department of state", "source: u.s. department of state",
            "source: the white house",
        ],
        home_titles: words![
            "Secretary of State", "Secretary", "Deputy Secretary of State", "Deputy Secretary",
            "Under Secretary", "Assistant Secretary", "Assistant Secretary of State",
            "Under Secretary of State", "National Security Advisor", "Deputy National Security Advisor",
            "Special Presidential Envoy", "Ambassador-at-Large",
        ],
        home_title_endings: words!["of the Department of State", "at the Department of State"],
        shared_titles: NONE,
        own_words: NONE,
        credits: NONE,
        headline_openings: words!["readout of president", "readout of the president", "read-out of president", "read-out of the president", "readout of vice president", "statement by nsc", "statement by national security council", "secretary of state", "deputy secretary"],
        script: &[],
        unique_titles: words!["Secretary of State", "Deputy Secretary of State", "National Security Advisor"],
        domains: words!["state.gov", "whitehouse.gov"],
        home_places: words!["Washington"],
    },
    Publisher {
        country: "United Kingdom",
        chrome_lines: words![
            "prime minister's office, 10 downing street", "10 downing street",
            "foreign, commonwealth & development office", "foreign & commonwealth office",
            "foreign, commonwealth and development office", "gov.uk",
            "foreign,commonwealth and development office", "prime ministers office 10 downing street",
        ],
        chrome_prefixes: words![
            "foreign, commonwealth & development office", "prime minister's office",
            "foreign & commonwealth office", "foreign, commonwealth and development office",
        ],
        home_titles: words![
            "Foreign Secretary", "Home Secretary", "Defence Secretary", "Minister for Europe",
            "Minister for the Indo-Pacific", "Minister of State", "Foreign Office Minister",
            "Development Minister",
        ],
        home_title_endings: NONE,
        shared_titles: NONE,
        // A syndicated copy's foot names the office ("British Prime Minister's Office published
        // this content on ...").
        own_words: words!["Downing Street", "British Prime Minister's Office", "Foreign, Commonwealth & Development Office", "Foreign and Commonwealth Office", "Foreign & Commonwealth Office"],
        credits: NONE,
        headline_openings: words!["pm call with", "pm meeting with", "pm's call with", "pm's meeting with", "pm met", "pm spoke", "foreign secretary's", "foreign secretary call", "foreign secretary meeting", "readout: foreign secretary", "readout: pm"],
        script: &[],
        // The Foreign Secretary's full style (a copy's, or another government's, where the UK's
        // readouts say "Foreign Secretary").
        unique_titles: words![
            "Secretary of State for Foreign and Commonwealth Affairs",
            "Secretary of State for Foreign, Commonwealth and Development Affairs",
        ],
        domains: words!["gov.uk"],
        home_places: words!["London"],
    },
    Publisher {
        country: "Japan",
        chrome_lines: words!["ministry of foreign affairs of japan", "mofa japan"],
        chrome_prefixes: NONE,
        home_titles: words![
            "State Minister for Foreign Affairs",
            "Parliamentary Vice-Minister for Foreign Affairs", "Vice-Minister for Foreign Affairs",
            "Senior Vice-Minister for Foreign Affairs",
        ],
        home_title_endings: NONE,
        shared_titles: words!["Minister for Foreign Affairs"],
        // Its releases' own phrasing: "held a telephone talk with", "The overview of the talk
        // is as follows."
        own_words: words!["a telephone talk", "The overview of the", "The overview is as follows"],
        credits: words!["Kyodo"],
        headline_openings: words!["japan-", "telephone talks between mr.", "telephone conversation between mr.", "meeting between mr."],
        script: &[('\u{3040}', '\u{30FF}')],
        unique_titles: NONE,
        domains: words!["mofa.go.jp", "kantei.go.jp"],
        home_places: words!["Tokyo"],
    },
    Publisher {
        country: "Russia",
        chrome_lines: words![
            "the ministry of foreign affairs of the russian federation",
            "ministry of foreign affairs of the russian federation", "additional materials",
            "advanced settings", "president of russia",
            // The Kremlin's page foot under the text ("Publication status", "Published in
            // section: News", "Text version").
            "publication status",
        ],
        chrome_prefixes: words!["source: official website of the president of russia"],
        home_titles: NONE,
        home_title_endings: NONE,
        shared_titles: NONE,
        // A copy's source: "..., the Russian Foreign Ministry said."
        own_words: words!["Russian Foreign Ministry", "Russian foreign ministry", "Russian Ministry of Foreign Affairs", "the Kremlin press service", "Kremlin press service"],
        // "MOSCOW, April 12 - RIA Novosti.": RIA Novosti's dateline; "UNITED NATIONS, September
        // 27. /ITAR-TASS/.": TASS's older name.
        credits: words!["TASS", "RIA Novosti", "ITAR-TASS", "RIA", "Sputnik"],
        headline_openings: words!["press release on foreign minister"],
        script: &[],
        unique_titles: NONE,
        domains: words!["mid.ru", "kremlin.ru", "tass.com", "tass.ru"],
        home_places: words!["Moscow"],
    },
    Publisher {
        country: "Republic of Korea",
        chrome_lines: words![
            "ministry of foreign affairs republic of korea", "ministry of foreign affairs, republic of korea",
            "ministry of foreign affairs of the republic of korea",
            // The heading over a release on its older pages ("details").
            "press releases 상세보기",
        ],
        chrome_prefixes: NONE,
        home_titles: words![
            "First Vice Foreign Minister", "Second Vice Foreign Minister",
            "First Vice Minister of Foreign Affairs", "Second Vice Minister of Foreign Affairs",
            "Deputy Minister for Political Affairs",
        ],
        home_title_endings: words!["of the Ministry of Foreign Affairs"],
        shared_titles: NONE,
        // A news copy's source: "..., Seoul's foreign ministry said."
        own_words: words!["Seoul's foreign ministry", "Seoul's Foreign Ministry", "Cheong Wa Dae"],
        // "... on that. (Yonhap News)": the Korea Herald's copies.
        credits: words!["Yonhap", "Yonhap News"],
        headline_openings: words!["outcome of", "vice fm holds", "fm holds", "first vice fm"],
        script: &[('\u{AC00}', '\u{D7AF}'), ('\u{1100}', '\u{11FF}'), ('\u{3130}', '\u{318F}')],
        unique_titles: NONE,
        domains: words!["mofa.go.kr", "president.go.kr"],
        home_places: words!["Seoul"],
    },
    Publisher {
        country: "Singapore",
        // Its press statements close "MINISTRY OF FOREIGN AFFAIRS / SINGAPORE / date"; a wire's
        // copy "SOURCE Ministry of Foreign Affairs Singapore".
        chrome_lines: words![
            "singapore", "ministry of foreign affairs singapore", "ministry of foreign affairs, singapore",
        ],
        chrome_prefixes: words!["source ministry of foreign affairs singapore"],
        // "Minister for Foreign Affairs" is Japan's too (see Japan's shared titles): its own
        // lines tell.
        home_titles: words!["Senior Minister of State for Foreign Affairs"],
        home_title_endings: NONE,
        shared_titles: NONE,
        own_words: NONE,
        credits: NONE,
        headline_openings: words!["mfa press statement"],
        script: &[],
        unique_titles: NONE,
        domains: words!["mfa.gov.sg"],
        home_places: NONE,
    },
    Publisher {
        country: "Pakistan",
        chrome_lines: NONE,
        chrome_prefixes: NONE,
        home_titles: NONE,
        home_title_endings: NONE,
        shared_titles: NONE,
        // Its agency's name, and its foreign office's, as copies cite them.
        own_words: words!["Associated Press of Pakistan", "Foreign Office spokesperson"],
        // Its news agency, in a dateline "ISLAMABAD, Feb 26 (APP):" or a credit; a release
        // service's official text of its government ("Islamabad, August 24, 2021
        // (PPI-OT):").
        credits: words!["APP", "PPI-OT"],
        headline_openings: NONE,
        script: &[],
        unique_titles: NONE,
        domains: words!["mofa.gov.pk", "app.com.pk"],
        home_places: words!["Islamabad"],
    },
    Publisher {
        country: "India",
        chrome_lines: words!["ministry of external affairs", "press information bureau"],
        chrome_prefixes: words!["ministry of external affairs, government of india"],
        home_titles: words![
            "External Affairs Minister", "Minister of External Affairs",
            "Minister of State for External Affairs", "EAM",
        ],
        home_title_endings: words!["of the Ministry of External Affairs"],
        shared_titles: NONE,
        own_words: NONE,
        // Its press bureau, in a credit "(PIB)", and the agency that carries its statements
        // ("(ANI)").
        credits: words!["PIB", "ANI"],
        headline_openings: words![
            "telephone conversation between pm", "telephone call between pm", "eam's",
            "external affairs minister's",
        ],
        script: &[],
        unique_titles: NONE,
        domains: words!["mea.gov.in", "pib.gov.in"],
        home_places: words!["New Delhi"],
    },
    Publisher {
        country: "Ireland",
        // Only Ireland's head of government and deputy are so titled: "Taoiseach X and
        // British Prime Minister Y spoke this evening" (the Government's statements and the
        // papers that copy them).
        home_titles: words!["Taoiseach", "Tánaiste", "Tanaiste"],
        unique_titles: words!["Taoiseach", "Tánaiste", "Tanaiste"],
        home_places: words!["Dublin"],
        domains: words!["gov.ie"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Kazakhstan",
        // Its own offices as its agency's copies name their source ("Kazinform has learnt
        // from the Akorda press service", "... from the Kazakh MFA's press service").
        own_words: words!["Akorda", "Ak Orda", "Kazakh MFA", "Kazakh Foreign Ministry"],
        // Its agency ("Kazinform", "Kazinform International News Agency").
        credits: words!["Kazinform"],
        home_places: words!["Astana", "Nur-Sultan"],
        domains: words!["akorda.kz", "gov.kz"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Kuwait",
        // Its news agency, closing a story its papers copy ("... its stability. – KUNA").
        credits: words!["KUNA"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Egypt",
        // Its State Information Service's line over the releases wires copy ("Egypt State
        // Information Service (Cairo)").
        chrome_lines: words!["egypt state information service (cairo)", "egypt state information service"],
        // Its agency, in a dateline "CAIRO, May 2 (MENA) -".
        credits: words!["MENA"],
        home_places: words!["Cairo"],
        domains: words!["sis.gov.eg"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "European Union",
        // The European External Action Service's releases: "the HR/VP Federica Mogherini",
        // "High Representative X" (the Union's own office; no government titles its own so).
        home_titles: words!["HR/VP", "HRVP", "High Representative"],
        domains: words!["eeas.europa.eu"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Vietnam",
        chrome_lines: NONE,
        chrome_prefixes: NONE,
        home_titles: NONE,
        home_title_endings: NONE,
        shared_titles: NONE,
        own_words: words!["Việt Nam", "HÀ NỘI", "Hà Nội", "(VNA)", "VNA"],
        credits: words!["VNA", "VNS", "VNA/VNS", "VOV", "VOVworld", "VGP", "NDO"],
        headline_openings: NONE,
        script: &[],
        unique_titles: NONE,
        domains: words!["mofa.gov.vn", "baochinhphu.vn", "vietnamplus.vn", "vnanet.vn"],
        home_places: words!["Hanoi", "Ha Noi", "Hà Nội"],
    },
    Publisher {
        country: "Malaysia",
        chrome_lines: NONE,
        chrome_prefixes: NONE,
        home_titles: NONE,
        home_title_endings: NONE,
        shared_titles: NONE,
        // Its foreign ministry's own name, as its agency's copies cite it.
        own_words: words!["Wisma Putra"],
        // Its news agency, closing a story ("... the following year. — Bernama").
        credits: words!["Bernama"],
        headline_openings: NONE,
        script: &[],
        unique_titles: NONE,
        domains: words!["kln.gov.my", "bernama.com"],
        home_places: words!["Kuala Lumpur", "Putrajaya"],
    },
    Publisher {
        country: "Kuwait",
        // Its agency's credit closing a copy ("... in the region. – KUNA") and its name; the
        // head of state's style.
        own_words: words!["Kuwait News Agency", "State of Kuwait"],
        credits: words!["KUNA"],
        unique_titles: words!["Emir of the State of Kuwait", "Amir of the State of Kuwait", "Crown Prince of Kuwait"],
        home_places: words!["Kuwait", "Kuwait City"],
        domains: words!["kuna.net.kw"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Saudi Arabia",
        // Its agency ("RIYADH, May 2 (SPA) --"), and the king's style, which no other
        // government gives.
        own_words: words!["Saudi Press Agency"],
        credits: words!["SPA"],
        unique_titles: words!["Custodian of the Two Holy Mosques"],
        home_places: words!["Riyadh", "Jeddah"],
        domains: words!["spa.gov.sa"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "United Arab Emirates",
        // Its agency ("ABU DHABI, 2nd May, 2021 (WAM) --").
        own_words: words!["Emirates News Agency"],
        credits: words!["WAM"],
        home_places: words!["Abu Dhabi"],
        domains: words!["wam.ae", "mofa.gov.ae"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Qatar",
        own_words: words!["Qatar News Agency"],
        credits: words!["QNA"],
        home_places: words!["Doha"],
        domains: words!["mofa.gov.qa", "qna.org.qa"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Iran",
        // Its agencies ("TEHRAN (IRNA) -", "According to Islamic Republic News Agency, ...").
        own_words: words!["Islamic Republic News Agency"],
        credits: words!["IRNA"],
        home_places: words!["Tehran"],
        domains: words!["irna.ir", "mfa.ir"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Turkey",
        // Its agency and its presidency's office for the press, as copies cite them ("according
        // to a statement by Turkey's Communications Directorate").
        own_words: words!["Anadolu Agency", "Communications Directorate", "Directorate of Communications"],
        credits: words!["Anadolu"],
        home_places: words!["Ankara"],
        domains: words!["mfa.gov.tr", "aa.com.tr", "iletisim.gov.tr"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Azerbaijan",
        credits: words!["AZERTAC", "Azertac"],
        home_places: words!["Baku"],
        domains: words!["mfa.gov.az", "azertag.az"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Uzbekistan",
        // Its agency ("TASHKENT, May 2 (UzA) --"); its president's office's name.
        credits: words!["UzA"],
        home_places: words!["Tashkent"],
        domains: words!["mfa.uz", "uza.uz"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Finland",
        // "Minister for Foreign Affairs" is its own title too (see Japan's shared titles).
        shared_titles: words!["Minister for Foreign Affairs"],
        home_places: words!["Helsinki"],
        domains: words!["um.fi"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Indonesia",
        credits: words!["Antara"],
        home_places: words!["Jakarta"],
        domains: words!["kemlu.go.id", "antaranews.com"],
        ..Publisher::BLANK
    },
    // Governments whose pages are told by their department's name, their seat's dateline and
    // their domains.
    Publisher {
        country: "Canada",
        // "March 14, 2025 - Ottawa, Ontario - Global Affairs Canada": its date line.
        own_words: words!["Global Affairs Canada"],
        domains: words!["international.gc.ca", "pm.gc.ca", "canada.ca"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Germany",
        // "Federal Foreign Office on the joint phone call of ...": its headlines, and its
        // masthead. (Not a word of its own: other ministries' readouts name their German
        // counterpart's office.)
        headline_openings: words!["federal foreign office on"],
        chrome_lines: words!["Federal Foreign Office", "Auswärtiges Amt"],
        domains: words!["auswaertiges-amt.de", "bundesregierung.de", "bundeskanzler.de"],
        ..Publisher::BLANK
    },
    // (Not their departments' names as own words: another government's readout names its
    // counterpart's department, "officials of DIRCO"; and Ireland's was "Department of Foreign
    // Affairs and Trade" too.)
    Publisher {
        country: "South Africa",
        domains: words!["dirco.gov.za", "gov.za"],
        home_places: words!["Pretoria"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Australia",
        domains: words!["dfat.gov.au", "foreignminister.gov.au", "pm.gov.au"],
        home_places: words!["Canberra"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Thailand",
        // Its news bureau's credit "(NNT)" under a story.
        credits: words!["NNT"],
        home_places: words!["Bangkok"],
        domains: words!["mfa.go.th", "thaigov.go.th", "prd.go.th"],
        ..Publisher::BLANK
    },
    Publisher {
        country: "Philippines",
        // Its agency ("MANILA, May 2 (PNA) --").
        credits: words!["PNA"],
        home_places: words!["Manila"],
        domains: words!["dfa.gov.ph", "pna.gov.ph"],
        ..Publisher::BLANK
    },
];
