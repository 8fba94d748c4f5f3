//! Heads of state and government, and foreign ministers, whom readouts name without a country:
//! "The Prime Minister spoke to President Macron this afternoon" (a UK readout), "Chancellor
//! Merz then joined the call". An analyst knows who they are; so does the parser.
//!
//! Takes nothing, gives [`LEADERS`]. Pure data, read by `Lang::leader_country`. Each entry is
//! `years|country|offices|name|name...`:
//! - `years`: `2017-` (still in office) or `2021-2025`, inclusive, the years a readout may call
//!   them by that office (a readout's date outside them leaves the entry out);
//! - `country`: the canonical name in `countries.rs`;
//! - `offices`: the titles, comma-separated, one of which the participant's role must hold:
//!   "Minister" holds for "Foreign Minister" and "Minister for Foreign Affairs", not for "Prime
//!   Minister" (see `Lang::holds_office`);
//! - the names, in the spellings readouts use: the family name, or the part of the name a
//!   readout calls them by ("Macron", "Lula", "von der Leyen", "Chính"). A participant's name
//!   fits when it is that name, or opens or ends with it as a word ("Emmanuel Macron", "Xi
//!   Jinping", "Kishida Fumio", "Fumio Kishida"). A name marked `=` is a full name that fits
//!   with no title at all ("=Vladimir Putin": the Kremlin's readouts give him none); only names
//!   nobody else is known by are so marked.
//!
//! Only people who held office from 2012 on are here. A name without its title is taken only
//! when marked `=` ("Macron" alone may be anyone); when two entries of different countries fit,
//! none is.

use crate::core::packed::{joined, Joined};

// One item per line would make the table unreadably long.
#[rustfmt::skip]
pub(super) const LEADERS: Joined = joined![
    // United States
    "2017-|United States|President|Trump|=Donald J. Trump|=Donald Trump",
    "2021-2025|United States|President|Biden|=Joseph R. Biden|=Joe Biden",
    "2012-2017|United States|President|Obama",
    "2021-2025|United States|Vice President|Harris",
    "2025-|United States|Vice President|Vance",
    "2025-|United States|Secretary|Rubio",
    "2021-2025|United States|Secretary|Blinken",
    "2018-2021|United States|Secretary|Pompeo",
    "2021-2025|United States|Secretary|Austin",
    "2025-|United States|Secretary|Hegseth",
    "2021-2025|United States|Secretary|Yellen",
    "2025-|United States|Secretary|Bessent",
    // China
    "2013-|China|President,General Secretary|Xi|=Xi Jinping",
    "2023-|China|Premier|Li|=Li Qiang",
    "2013-2023|China|Premier|Li",
    "2013-|China|Minister,Director|Wang|=Wang Yi",
    "2023-|China|Vice President|Han",
    // Russia, Ukraine, Belarus
    "2012-|Russia|President|Putin|=Vladimir Putin|=Vladimir V. Putin",
    "2012-|Russia|Minister|Lavrov|=Sergey Lavrov|=Sergei Lavrov",
    "2020-|Russia|Prime Minister|Mishustin|=Mikhail Mishustin",
    "2019-|Ukraine|President|Zelenskyy|Zelensky|Zelenskiy|=Volodymyr Zelenskyy|=Volodymyr Zelensky",
    "2020-2024|Ukraine|Minister|Kuleba",
    "2024-|Ukraine|Minister|Sybiha",
    "2012-|Belarus|President|Lukashenko|=Alexander Lukashenko|=Aleksandr Lukashenko",
    // Europe
    "2017-|France|President|Macron|=Emmanuel Macron",
    "2024-|France|Minister|Barrot",
    "2025-|Germany|Chancellor|Merz",
    "2021-2025|Germany|Chancellor|Scholz",
    "2012-2021|Germany|Chancellor|Merkel",
    "2021-2025|Germany|Minister|Baerbock",
    "2025-|Germany|Minister|Wadephul",
    "2017-|Germany|President|Steinmeier",
    "2024-|United Kingdom|Prime Minister|Starmer",
    "2022-2024|United Kingdom|Prime Minister|Sunak",
    "2019-2022|United Kingdom|Prime Minister|Johnson",
    "2024-2025|United Kingdom|Secretary|Lammy",
    "2025-|United Kingdom|Secretary|Cooper",
    "2023-2024|United Kingdom|Secretary|Cameron",
    "2022-|Italy|Prime Minister|Meloni",
    "2022-|Italy|Minister|Tajani",
    "2018-|Spain|President,Prime Minister|Sánchez|Sanchez",
    "2023-|Poland|Prime Minister|Tusk",
    "2015-2025|Poland|President|Duda",
    "2025-|Poland|President|Nawrocki",
    "2023-|Poland|Minister|Sikorski",
    "2012-|Hungary|Prime Minister|Orbán|Orban|=Viktor Orbán|=Viktor Orban",
    "2017-|Serbia|President|Vučić|Vucic",
    "2019-|Greece|Prime Minister|Mitsotakis",
    "2024-|Finland|President|Stubb",
    "2012-2024|Finland|President|Niinistö|Niinisto",
    "2019-|Denmark|Prime Minister|Frederiksen",
    "2022-|Sweden|Prime Minister|Kristersson",
    "2021-|Norway|Prime Minister|Støre",
    "2024-|Netherlands|Prime Minister|Schoof",
    "2012-2024|Netherlands|Prime Minister|Rutte",
    "2020-|Moldova|President|Sandu",
    "2012-|Turkey|President|Erdoğan|Erdogan|=Recep Tayyip Erdoğan|=Recep Tayyip Erdogan",
    "2023-|Turkey|Minister|Fidan",
    "2019-|European Union|President|von der Leyen",
    "2019-2024|European Union|President|Michel",
    "2024-|European Union|High Representative|Kallas",
    "2019-2024|European Union|High Representative|Borrell",
    // Asia and the Pacific
    "2025-|Japan|Prime Minister|Takaichi",
    "2024-2025|Japan|Prime Minister|Ishiba",
    "2021-2024|Japan|Prime Minister|Kishida",
    "2020-2021|Japan|Prime Minister|Suga",
    "2012-2020|Japan|Prime Minister|Abe",
    "2019-|Japan|Minister|Motegi",
    "2024-2025|Japan|Minister|Iwaya",
    "2023-2024|Japan|Minister|Kamikawa",
    "2021-2023|Japan|Minister|Hayashi",
    "2025-|Republic of Korea|President|Lee",
    "2022-2025|Republic of Korea|President|Yoon",
    "2017-2022|Republic of Korea|President|Moon",
    "2012-|Democratic People's Republic of Korea|Chairman,General Secretary|Kim",
    "2014-|India|Prime Minister|Modi|=Narendra Modi",
    "2019-|India|Minister|Jaishankar",
    "2022-|Australia|Prime Minister|Albanese",
    "2018-2022|Australia|Prime Minister|Morrison",
    "2022-|Australia|Foreign Minister,Minister for Foreign Affairs|Wong",
    "2023-|New Zealand|Prime Minister|Luxon",
    "2017-2023|New Zealand|Prime Minister|Ardern",
    "2024-|Indonesia|President|Prabowo",
    "2014-2024|Indonesia|President|Jokowi|Widodo",
    "2022-|Philippines|President|Marcos",
    "2016-2022|Philippines|President|Duterte",
    "2024-|Singapore|Prime Minister|Wong",
    "2012-2024|Singapore|Prime Minister|Lee",
    "2015-|Singapore|Minister|Balakrishnan",
    "2022-|Malaysia|Prime Minister|Anwar",
    "2025-|Thailand|Prime Minister|Anutin",
    "2024-2025|Thailand|Prime Minister|Paetongtarn",
    "2023-2024|Thailand|Prime Minister|Srettha",
    "2023-|Cambodia|Prime Minister|Hun",
    "2012-2023|Cambodia|Prime Minister|Hun",
    "2024-|Vietnam|General Secretary|Lâm|Lam",
    "2012-2024|Vietnam|General Secretary|Trọng|Trong",
    "2021-|Vietnam|Prime Minister|Chính|Chinh",
    "2024-|Vietnam|President|Cường|Cuong",
    "2021-|Myanmar|Senior General|Hlaing",
    "2022-|Pakistan|Prime Minister|Sharif",
    "2019-|Kazakhstan|President|Tokayev|=Kassym-Jomart Tokayev",
    "2016-|Uzbekistan|President|Mirziyoyev|=Shavkat Mirziyoyev",
    "2012-|Azerbaijan|President|Aliyev|=Ilham Aliyev",
    "2018-|Armenia|Prime Minister|Pashinyan",
    // The Middle East and Africa
    "2017-|Saudi Arabia|Crown Prince,Prime Minister|Salman",
    "2015-|Saudi Arabia|King|Salman",
    "2022-|United Arab Emirates|President|Zayed|Nahyan",
    "2013-|Qatar|Amir,Emir|Tamim|Thani",
    "2023-|Qatar|Prime Minister|Thani",
    "2014-|Egypt|President|El-Sisi|el-Sisi|al-Sisi|Sisi",
    "2012-|Israel|Prime Minister|Netanyahu|=Benjamin Netanyahu",
    "2021-|Israel|President|Herzog",
    "2024-|Iran|President|Pezeshkian",
    "2021-2024|Iran|President|Raisi",
    "2024-|Iran|Minister|Araghchi",
    "2012-|Jordan|King|Abdullah",
    "2012-|Palestine|President|Abbas",
    "2022-|Iraq|Prime Minister|al-Sudani",
    "2025-|Syria|President|al-Sharaa",
    "2012-2024|Syria|President|al-Assad|Assad",
    "2018-|South Africa|President|Ramaphosa",
    "2023-|Nigeria|President|Tinubu",
    "2022-|Kenya|President|Ruto",
    "2018-|Ethiopia|Prime Minister|Abiy",
    // The Americas
    "2025-|Canada|Prime Minister|Carney",
    "2015-2025|Canada|Prime Minister|Trudeau",
    "2021-2025|Canada|Minister|Joly",
    "2025-|Canada|Minister|Anand",
    "2023-|Brazil|President|Lula|Lula da Silva",
    "2019-2022|Brazil|President|Bolsonaro",
    "2024-|Mexico|President|Sheinbaum",
    "2018-2024|Mexico|President|Obrador",
    "2023-|Argentina|President|Milei",
    "2022-|Colombia|President|Petro",
    "2013-|Venezuela|President|Maduro",
    "2018-|Cuba|President|Díaz-Canel|Diaz-Canel",
];
