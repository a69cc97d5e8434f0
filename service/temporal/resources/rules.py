"""Temporal-expression patterns, kept as data (a Python module only so that packaging ships it).

The text below is parsed by service.temporal.patterns; its own header explains the format.
"""

RULES = r"""
# Temporal-expression patterns, kept as data.
#
# Blocks start with a header line; the indented lines under it form one regular expression
# (Python `re`, compiled with IGNORECASE | VERBOSE: whitespace is ignored, write \s for spaces,
# and `(?-i:...)` where case matters, e.g. month names so that modal "may" never matches).
#
#   @fragment NAME            a reusable piece, inserted into later blocks as {NAME}
#   @rule NAME TYPE NORMALIZER  a recognizer rule; TYPE is DATE|TIME|DURATION|SET or NONE
#                             (NONE = blocker: wins the overlap and produces nothing, e.g. "20-year-old");
#                             NORMALIZER is a function name in normalizer/__init__.py NORMALIZERS or const:VALUE
#   @mod MOD [types]          a left modifier ("early", "the end of") that extends a match and sets mod
#   @modonly MOD [types]      a left modifier that sets mod but stays outside the extent ("within a week")
#   @suffix MOD [types]       a right modifier ("or so")
#   @shift                    a left context that moves the day right after it ("the day after" Labor Day)
#
# Rule order is priority when two matches have the same length; longer matches always win.
# A group named `skip` is context that is matched but not part of the expression ("in" before "May");
# a group named `after` at the end is the same on the right ("-99" after "1998").

# ---------------------------------------------------------------------------------- fragments
@fragment MONTH_FULL
  (?-i:January|February|March|April|May|June|July|August|September|October|November|December
       |JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)
@fragment MONTH_ABBR
  (?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?
@fragment MONTH
  (?:{MONTH_FULL}|{MONTH_ABBR})
@fragment WEEKDAY
  (?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday
       |MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)
@fragment DAY
  (?:3[01]|[12][0-9]|0?[1-9])(?!\d)(?:st|nd|rd|th)?
@fragment YEAR4
  (?:1[0-9]|20)[0-9]{2}(?![\d])
@fragment SPOKEN_YEAR
  (?:nineteen[\s-](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?
                   |ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)
   |two[\s-]thousand(?:[\s-](?:and[\s-])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)
@fragment YEAR
  (?:{YEAR4}|'[0-9]{2}(?![\d'])|{SPOKEN_YEAR})
@fragment SMALLNUM
  (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen
     |seventeen|eighteen|nineteen)
@fragment TENS
  (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)
@fragment NUM
  (?:\d+(?:[.,]\d+)?(?:\s+1/2)?
     |{TENS}(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?
     |(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-](?:hundred|thousand)
     |{SMALLNUM}|a\s+dozen|dozens\s+of|a\s+half|half\s+a|half\s+an|an?)
@fragment VAGUE
  (?:several|a\s+few|few|many|some|a\s+couple\s+of|couple\s+of|a\s+number\s+of|numerous|recent|the\s+past\s+few
     |a\s+couple|countless|dozens\s+of|hundreds\s+of|thousands\s+of|multiple)
@fragment UNIT
  (?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century
     |millenni(?:um|a))
@fragment ORD
  (?:first|second|third|fourth|1st|2nd|3rd|4th)
@fragment AMPM
  (?:a\.m\.|p\.m\.|a\.m|p\.m|am\b|pm\b)
@fragment TZ
  (?-i:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|ET|PT|CT|MT|[A-Z]{2,3}T)(?![A-Za-z])
# the part of day after a clock time belongs to it and sets the half of the day ("5 o'clock in the afternoon"
# is 17:00); a bare hour ("9 in the evening") is a time only with it
@fragment CLOCK_POD
  \s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)
# a 24-hour clock with a dot ("00.34 BST", British style) only before a time zone: "15.30" alone is a number
@fragment CLOCK
  (?:(?:(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?!:\d)(?:\s*{AMPM})?|(?:1[0-2]|0?[1-9])(?:[.:][0-5][0-9])?\s*{AMPM}
        |(?:[01][0-9]|2[0-3])\.[0-5][0-9](?=\s+(?:{TZ}|local\s+time))
        |(?:{SMALLNUM}|1[0-2]|[1-9])\s+o'clock)(?:{CLOCK_POD})?
     |(?-i:noon|midnight|midday)
     |(?:{SMALLNUM}|1[0-2]|[1-9])(?:[.:][0-5][0-9])?{CLOCK_POD})
# a zone told in words: "3:25 p.m. Eastern time Thursday", "10 a.m. Central Daylight Time"
@fragment ZONE_WORDS
  (?:local\s+time|(?-i:Eastern|Central|Mountain|Pacific|Atlantic|Gulf)\s+(?:(?:Standard|Daylight|standard|daylight)\s+)?(?-i:time|Time)
     |(?-i:UK|U\.K\.|British|London|Greenwich|Moscow|Beijing|Tokyo|Baghdad|Kabul|Tehran|Jerusalem|Mecca)\s+(?-i:time|Time))
@fragment TIME_OF_DAY
  (?:{CLOCK}(?:\s+(?:{ZONE_WORDS}|{TZ}))?)
# ...and, after "at" a day, a 24-hour clock with a zone: "on Thursday, 27 May at 2000 BST"
@fragment DAY_CLOCK
  (?:{TIME_OF_DAY}|(?<=at\s)(?:[01][0-9]|2[0-3])[0-5][0-9]\s+(?:hours\s+)?(?:{TZ}|{ZONE_WORDS}))
@fragment POD
  (?:morning|afternoon|evening|night|overnight)
@fragment DAYREF
  (?:today|tonight|yesterday|tomorrow)
@fragment SEASON
  (?:spring|summer|autumn|winter|fall)
@fragment CENT_ORD
  (?:(?:1[0-9]|2[01])(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh
     |twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth
     |twenty[\s-]first|[1-9](?:st|nd|rd|th))
@fragment COUNT_NOUN
  (?:people|persons|men|women|children|troops|soldiers|workers|employees|jobs|shares|cars|votes|tons|tonnes|feet
     |meters|metres|miles|kilometers|dollars|yen|pounds|points|yards|acres|units|barrels|homes|houses|members
     |students|cases|deaths|refugees|prisoners|copies|pages|delegates|seats|rounds|calories|square|mph|km)

# money and measures: "N of them a year" is a rate, not a recurring time
@fragment MEASURE_NOUN
  (?:dollars?|cents?|yen|marks|francs|pounds|euros?|pesos?|rupees?|yuan|rubles?|roubles?|pence|bucks|points|barrels?
     |tons?|tonnes?|gallons?|liters?|litres?|miles?|kilometers?|feet|foot|meters?|metres?|calories|kilowatts?|megawatts?
     |acres?|bushels?|ounces?|units|shares)
# substances counted by measure, not by number: "Five times more oil a day", "water an hour" are rates too
@fragment MASS_NOUN
  (?:oil|crude|gas|natural\s+gas|water|fuel|petroleum|gasoline|diesel|electricity|power|energy|money|cash|sewage
     |sludge|mud|sand|waste|steel|grain|coal|ore|dispersants?|methane|lava|ash)
# vehicle makes (a year right before one is a model year)
@fragment VEHICLE_MAKE
  (?:Ford|Chevrolet|Chevy|Buick|Cadillac|Pontiac|Oldsmobile|Dodge|Plymouth|Chrysler|Jeep|Lincoln|Mercury|GMC|Toyota
     |Honda|Nissan|Datsun|Mazda|Subaru|Mitsubishi|Hyundai|Kia|Volkswagen|VW|Audi|BMW|Mercedes|Mercedes-Benz|Porsche
     |Volvo|Saab|Jaguar|Peugeot|Renault|Fiat|Lada|Harley-Davidson|Cessna|Piper)
# a role before a person's name
@fragment ROLE_NOUN
  (?:spokes(?:wo)?man|spokesperson|secretary|minister|director|chairman|chairwoman|chair|president|commissioner
     |official|officer|analyst|economist|strategist|reporter|correspondent|columnist|judge|attorney|lawyer|professor
     |senator|congressman|congresswoman|governor|mayor|ambassador|actress|actor|singer|author|writer|editor|manager
     |coach|captain|chief|executive|founder|researcher|scientist|expert|adviser|advisor|aide|colleague|deputy)
# the periods a rate is told per
@fragment RATE_PERIOD
  (?:year|month|week|day|quarter|hour|minute|second)
# ...and what after it makes the phrase a time after all ("a year ago", "a day or two")
@fragment NOT_RATE_AFTER
  (?!\s+(?:ago|earlier|later|before|after|from|or\s+(?:so|two|more)|and\s+a\s+half))

# ---------------------------------------------------------------------------------- blockers
# "children aged 6 months to 18 years", "people aged between 20 and 50 years": ages
@rule aged NONE block
  (?-i:aged|ages|Aged)\s+(?:between\s+|from\s+|over\s+|under\s+)?(?:\d+|{NUM})(?:\s+{UNIT})?
  (?:\s*(?:to|and|or|-|\u2013)\s*(?:\d+|{NUM})(?:\s+{UNIT})?)?
# an age, also a range of ages: "20-year-old", "52 years old", "between 20 and 50 years of age"
@rule age NONE block
  (?:\d+|{NUM})(?:\s*(?:to|and|or|-|\u2013)\s*(?:\d+|{NUM}))?[\s-]+(?:{UNIT})(?:[\s-]+olds?|\s+of\s+age\b)
@rule named_day NONE block
  (?-i:(?:Bloody|Super|Black|Blue|Manic|Giving|Small\s+Business)\s+(?:Monday|Tuesday|Wednesday|Thursday|Sunday|Saturday)
       |Mail\s+on\s+Sunday|Independent\s+on\s+Sunday|Friday\s+the\s+13th|Man\s+Friday|Girl\s+Friday
       |News\s+Sunday|Meet\s+the\s+Press)
  |(?-i:Sunday|Saturday)\s+(?:talk\s+shows?|morning\s+shows?|talk-shows?|shows|papers|newspapers|school)\b
  |(?-i:Christmas)\s+(?:tree|trees|lights|cards|carols|decorations|ornaments)\b
# "vanished virtually overnight", "an overnight success", "did not happen overnight": suddenly, not a night
@rule figurative_overnight NONE block
  (?:almost|virtually|practically|seemingly|literally|nearly|happen|happens|happened|change|changes|changed)\s+overnight
  |overnight\s+(?:success|sensation|star|celebrity|millionaire|fix|solution|transformation)
# money-market "overnight" is a loan term, not a night: "came to the Fed to borrow overnight", "the overnight rate"
  |(?:borrow|borrows|borrowed|borrowing|lend|lends|lent|lending)\s+(?:(?:money|cash|funds|reserves|it|them|to\s+each\s+other|from\s+(?:the\s+)?[\w.]+)\s+)?overnight
  |overnight\s+(?:rates?|loans?|lending|borrowing|funds|money|repos?|deposits?|interest|index|swaps?|market|call\s+rate|interbank)\b
@rule newspaper NONE block
  (?-i:(?:[A-Z][a-z]+\s+)?(?:Morning|Evening|Sunday|Saturday|Weekend|Daily|Today)\s+
       (?:Post|Herald|Star|News|Times|Telegraph|Standard|Journal|Mail|Express|Sun|Edition|Show|Call|Tribune
         |Independent|Observer|Chronicle)
      |USA\s+Today|60\s+Minutes|48\s+Hours|VOA\s+Today|(?<=["'`])This\s+Week|This\s+Week\s+With|Good\s+Morning\s+America|Today["']?\s+(?:[Ss]how|programme|program)\b|Daily\s+(?:Mail|Mirror|News|Telegraph|Star|Express))
# ...and the papers and programmes named by a weekday: "the Sunday Express and Sunday Mirror", BBC's "Sunday
# Sequence", "Saturday Night Live", "the Saturday Play", "Sunday Half Hour" (a listing's "Monday Night Club" stays:
# its clock times are that day's)
  |(?-i:{WEEKDAY}\s+(?:Mirror|Sequence|Programme|Worship|Feature|Sessions|Play|Roast|Half\s+Hour|Night\s+Live))\b
# "The Daily Beast", "People's Daily", "China Daily"; "a free daily," (the newspaper); a periodical after its
# name or place ("the International Economy quarterly, David M. Smick", "the German weekly Die Zeit")
@rule daily_name NONE block
  (?-i:(?<=[a-z,]\s)Daily|Daily(?=\s+[A-Z]))
  |(?-i:(?<=[A-Za-z]\s)(?:Weekly|Monthly|Quarterly))
  |(?:a|the)\s+(?:[a-z]+\s+)?(?:daily|weekly|monthly|quarterly)(?=\s*[,;:)]|\s+(?:said|says|reported|reports|quoted|newspaper|magazine))
  |(?-i:(?!{MONTH_FULL}\b|{WEEKDAY}\b)[A-Z][a-z]+\s+(?:daily|weekly|monthly|quarterly)
        (?=\s*[,;:)]|\s+[A-Z]|\s+(?:magazine|journal|newspaper)\b))
# a Bible verse is no clock time: "Genesis 1:26 says", "(John 1:38)", "In Luke 10:18"
@rule scripture NONE block
  (?-i:Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Psalms?|Proverbs|Isaiah|Jeremiah|Ezekiel|Daniel|Matthew|Mark
       |Luke|John|Acts|Romans|Corinthians|Galatians|Ephesians|Hebrews|Revelation|Ecclesiastes)\s+\d{1,3}:\d{1,3}
# an award or a named year is no time ("Journalist of the Year", "Finance Minister of the Year", "the Year of
# Disruption", "In the Year of the Pig"); an English school year is a grade ("five Year Seven pupils", "Year 11")
@rule title_year NONE block
  (?-i:[A-Z][a-z]+\s+of\s+the\s+Year\b(?!\s+\d)|the\s+Year(?=\s+of\s+(?:the\s+)?[A-Z])
       |Year\s+(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|1[0-3]|[1-9])\b(?![\d:,.]\d))
@rule disease NONE block
  (?:covid|sars-cov|h1n1)-?\d+
# ...also through a conversion: "$150,000 (# 96,000) a month"
@rule rate NONE block
  (?:(?:[$\u00a3\u20ac]\s?)?\d[\d,.]*%?|million|billion|trillion|percent|cents|dollars|yen|marks|francs|pounds)
  (?:\s*\([^()]{1,40}\))?[\s-]+(?:a|an|per)[\s-]+(?:{RATE_PERIOD}|share)
  {NOT_RATE_AFTER}
# a measure of something per period is a rate too: "1,000 barrels of crude a day", "21 million gallons of
# oil-fouled water a day", "two barrels a minute", also through a conversion: "777 million pesos ($57m or # 39m)
# a day", "5,000 barrels (210,000 gallons/795,000 liters) of oil a day", "5,000 barrels, or 200,000 gallons, a day";
# "$26 billion-a-year" (hyphenated); with "each/every" right after the measure or an aside between dashes:
# "collect 80,000 barrels - all or virtually all of the oil - each day" (not with a verb between: "barrels are
# leaking every day" is a SET)
@rule rate_of NONE block
  {MEASURE_NOUN}(?:\s*\([^()]{1,40}\))?
  (?:,?\s+or\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?\d[\d,.]*(?:\s+(?:million|billion))?\s+{MEASURE_NOUN},?)?
  (?:\s+of\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?(?:\s*\([^()]{1,40}\))?(?:\s+-\s+[^-\n]{1,60}?\s+-)?
  (?:\s+(?:a|an|per|each|every)\s+{RATE_PERIOD}(?!\s+(?:ago|earlier|later|from|or\s+(?:so|two|more)|and\s+a\s+half))
     |\s+(?:daily|weekly|monthly|annually|yearly|hourly)\b)
# a substance per period: "Five times more oil a day", "42,000 gallons (160,000 liters) of oil a day"
@rule rate_mass NONE block
  (?<![\w-]){MASS_NOUN}(?:\s*\([^()]{1,40}\))?
  (?:\s+(?:a|an|per)\s+{RATE_PERIOD}{NOT_RATE_AFTER}|\s+(?:daily|weekly|monthly|annually|yearly|hourly)(?=\s*[,.;:)]|\s+(?:into|from|in|at|to|and|or|through)\b))
# an amount of time per period: "working 24 hours a day, seven days a week", "10-12 hours per day": the period
# after a unit is the rate's, no duration of its own (TimeBank leaves "24 hours a day" untagged)
@rule unit_rate NONE block
  (?P<skip>(?:\d[\d,.]*(?:\s*[-\u2013]\s*\d+)?|{NUM})[\s-]+(?:{UNIT}))\s+(?:a|an|per)\s+{RATE_PERIOD}{NOT_RATE_AFTER}
# pay or stock measured in time is an amount, not a time: "a retirement bonus equal to six months of base pay"
# (untagged in TimeBank), "will receive a year's salary", "down to 11 days of supply"
@rule time_pay NONE block
  (?:{NUM}|{VAGUE})(?:\s+(?:full|whole))?[\s-]+{UNIT}(?:'s|')?\s+(?:of\s+)?(?:(?:base|basic|annual|full|back|normal)\s+)?
  (?:pay|salary|salaries|wages?|severance|rent|supply|supplies)(?![\w-])
# a month-named surname after a role or title and a given name ("said Justice Department spokeswoman Hannah
# August", "Prime Minister Theresa May", "Mr. August"): a person, not a month
@rule surname_month NONE block
  (?:(?<![\w-]){ROLE_NOUN}\s+(?-i:(?:[A-Z][a-z]+\s+|[A-Z]\.\s+){1,2})
    |(?-i:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Judge|Minister|Secretary|President|Prime\s+Minister)\.?)\s+(?-i:(?:[A-Z][a-z]+\s+|[A-Z]\.\s+){0,2}))
  (?-i:January|April|May|June|July|August)
  (?=\s*[,.;:)"']|\s+(?:said|says|told|tells|declined|added|adds|wrote|noted|explained|did|does|was|is|has|had|would|will
     |could)\b)
# a capitalized time word naming a place ("in Weeks Bay", "Days Creek"): no time
@rule unit_place_name NONE block
  (?-i:(?:Weeks|Days|Hours|Months|Years|Minutes|Decades|Week|Day|Hour|Month|Year)\s+
       (?:Bay|River|Lake|Island|Islands|Creek|County|Street|Road|Park|Hall|Point|Beach|Harbor|Harbour|Valley|Inlet|Sound))\b
# "Wait a minute, we've spent ...": an interjection at the start of an utterance, no duration
@rule wait_a_minute NONE block
  (?-i:Wait)\s+(?:a|one|just\s+a)\s+(?:minute|second|moment)(?=\s*[,!.?;:])
# "a minute chance", "minute amounts of": the adjective (tiny) before a noun of amount or likelihood
@rule minute_adjective NONE block
  (?:a\s+)?minute(?=\s+(?:chances?|amounts?|fractions?|quantit(?:y|ies)|traces?|parts?|portions?|percentages?|risks?
     |probabilit(?:y|ies)|details?|particles?|levels?|doses?|differences?|changes?|increases?|decreases?|numbers?
     |concentrations?|droplets?|organisms?|pieces?|cracks?|holes?|detail)\b)
# a model year before a vehicle's make ("Kopp's 1987 Chevrolet Cavalier", "a 1996 Ford Taurus") names the car,
# not a time of the story
@rule model_year NONE block
  (?:a|an|the|his|her|their|its|my|our|your|[\w.-]+'s)\s+(?:(?-i:[a-z]+)\s+){0,2}?{YEAR4}\s+(?:(?-i:[a-z]+)\s+)?(?-i:{VEHICLE_MAKE})\b
# "(c) 2013 Guardian News and Media Limited": a copyright footer, not a year of the story
# ...also any "(c) Capitol News Company, LLC 2010", "Copyright 2010 Reuters", "\u00a9 2009 The Associated Press"
@rule copyright NONE block
  {YEAR4}\s+Guardian\s+News
  |(?:\(c\)|\u00a9|copyright)\s+(?:(?-i:[A-Z][\w.&'-]*),?\s+){0,5}{YEAR4}
# a capitalized "Now" after a capitalized word is a title ("the 1979 film Apocalypse Now.", "Democracy Now")
@rule title_now NONE block
  (?-i:[A-Z][a-z]+\s+Now)(?=\s*[,.;:!?)"']|\s+[a-z])
# ...also with a noun between: "reasonable monthly mortgage payments"
@rule adjective_set NONE block
  (?:daily|weekly|monthly|quarterly|annual|yearly)\s+(?:(?!basis\b|average\b)[a-z]+\s+)?(?:dividends?|payouts?|rates?|earnings|profits?|results|reports?
     |payments?|loss(?:es)?|net|sales|revenues?|figures|statements?|meetings?|interest|distributions?|average|volume
     |newspapers?|paper|magazine|editions?|numbers|accounts)
@rule adverb_noun NONE block
  (?:average|party|national|local|regional|business|financial|communist|official|state-run|government)\s+daily
  |(?:news|national|local|regional|business|financial|literary|satirical|trade)\s+(?:weekly|monthly|quarterly)(?!\s+(?:basis|average))
  |(?:initial|regular|first|special|extra|latest)\s+quarterly(?=\s+(?:of|dividend|payout))
  |quarterly\s+of
  |high[\s-]noon
# a rate with a set adverb: "8% annually", "4,000 tons annually", money: "can earn up to $200 daily"
@rule rate_adverb NONE block
  (?:\d[\d,.]*\s*(?:%|percent)|[$\u00a3\u20ac]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|m|bn|k)\b)?|\d[\d,.]*(?:\s+(?:million|billion))?\s+(?!years?\b|months?\b|weeks?\b|days?\b)[a-z]+)
  \s+(?:annually|yearly|daily|weekly|monthly|hourly)
@rule generic_today NONE block
  today's\s+(?:world|youth|society|generation|young|children|standards|market|economy|technology|computers|personal|kids
     |pensioners|consumers|teenagers|students|parents|families)
# "receive credit in some quarters": some groups of people, not some quarters of a year
@rule quarters_idiom NONE block
  in\s+(?:some|certain|many|other|most|all|several|official|political)\s+quarters(?!\s+of\b)
# "the people of tomorrow", "the cars of tomorrow": the future in general, not the day after the text
@rule generic_tomorrow NONE block
  (?<!ahead\s)(?<!morning\s)(?<!afternoon\s)(?<!evening\s)(?<!night\s)
  of\s+tomorrow(?!'s)(?!\s+(?:morning|afternoon|evening|night)\b)
@rule march_noun NONE block
  (?:the|a|an|annual|peaceful|protest|long)\s+(?-i:March)(?=\s+(?:on|to|from|against|for|through|in\s+support)\b)
# a kind of accounting year, not a year of the story or an amount of time: "changed from a fiscal year to a calendar
# year in December", "adopted a calendar year", "on a fiscal-year basis" ("within a calendar year" stays a duration)
@rule accounting_year_kind NONE block
  (?:from|to|adopt|adopts|adopted|adopting)\s+an?\s+(?:fiscal|calendar)[\s-]year\b
  (?!\s+(?:ago|earlier|later|before|after|from|or|and)\b|[\s-]+(?:old|long)\b)
  |an?\s+(?:fiscal|calendar)[\s-]year\s+basis
@rule numbering NONE block
  (?:no\.|number|page|pp?\.|section|room|flight|route|highway|model|boeing|airbus|version|article|chapter)\s+\d+

# ---------------------------------------------------------------------------------- dates
@rule iso_date DATE iso_date
  (?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?:T(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d))?
# a dateline with spaces ("2009 06 19 22:54 JST WASHINGTON (Reuters)"): one TIME, as an ISO date
@rule spaced_date DATE iso_date
  (?P<year>(?:19|20)\d\d)\s(?P<month>0[1-9]|1[0-2])\s(?P<day>0[1-9]|[12]\d|3[01])
  (?:\s+(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?:\s+{TZ})?)?(?![\d:])
@rule numeric_date DATE numeric_date
  (?P<a>1[0-2]|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)?\d\d)(?![\d/])
# a day range "May 5-6" is matched whole (so the month alone does not win) and cut back to its first day
@rule month_day DATE month_day
  (?:(?P<rel>last|next|this)\s+)?(?:(?P<weekday>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})
  (?:(?P<tail>-(?:{MONTH}\s*)?(?:3[01]|[12][0-9]|0?[1-9])(?!\d))|(?![\d,]\d)(?:,?\s+(?P<year>{YEAR}))?)
@rule day_month DATE month_day
  (?P<rel>(?!x)x)?(?:(?P<weekday>{WEEKDAY}),?\s+)?(?:the\s+(?=\d+(?:st|nd|rd|th)|\d+\s+of\b))?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})
  (?:,?\s+(?P<year>{YEAR})|\s+(?P<relyear>last|this|next)\s+year)?
# "1 Jan 04-16 Sep 05" (a chart's range): a day, a month abbreviation and a two-digit year (a range is its first day,
# as "May 5-6"); not before a counted noun ("on 5 Jan 10 people died")
@rule day_month_yy DATE month_day
  (?P<rel>(?!x)x)?(?P<weekday>(?!x)x)?(?P<year>(?!x)x)?
  (?P<day>{DAY})\s+(?P<month>{MONTH_ABBR})\s+(?P<yy>[0-9]{2})
  (?P<tail>\s*-\s*{DAY}\s+{MONTH_ABBR}\s+[0-9]{2})?(?![\d.,:%])
  (?!\s+(?:[a-z]+s|people|men|women|children|more|of|percent|per|million|billion|thousand|hundred)\b)
# "the first of May", "the twenty-first of June"
@rule day_word_month DATE month_day
  (?P<rel>(?!x)x)?(?P<weekday>(?!x)x)?
  the\s+(?P<dayword>{CENT_ORD}|twenty[\s-](?:second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[\s-]first)
  \s+of\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?
@rule month_day_second DATE month_day
  (?P<rel>(?!x)x)?(?P<weekday>(?!x)x)?
  (?P<skip>(?P<month>{MONTH})\s+(?P<first>{DAY})\s*(?:and|or|to|through|&)\s*)(?P<day>{DAY})(?![\d,]\d)(?:,?\s+(?P<year>{YEAR}))?
  (?!\s*(?:%|percent|per\b|million|billion|thousand|hundred|people|others|more|of\b|times|points))
@rule month_year DATE month_year
  (?P<month>{MONTH})(?:,?\s+(?:of\s+)?(?P<year>{YEAR})|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year(?![\w'\u2019-]))
@rule month DATE month
  (?:(?P<skip>since|until|till|in|by|during|of|before|after|through|from|to|between|and|or|on|for)\s+)?
  (?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+previous|the\s+following)[\s-]+)?
  (?P<month>{MONTH_FULL}|(?-i:Sept|Sep|Oct|Nov|Dec|Jan|Feb|Aug|Apr)\.)
@rule year DATE year
  (?:(?P<fiscal>fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+year|model\s+year)\s+)?
  (?P<year>(?:1[5-9]|20)[0-9]{2}|{SPOKEN_YEAR})(?![\d%])(?!\s*(?:percent|%))(?!\s+{COUNT_NOUN})(?!-\d)(?![.,]\d)
  (?!\s*\((?:[01][0-9]|2[0-3])[0-5][0-9]\s+{TZ}\))
# "the 1997 fiscal year", "its 1990 model year": that year (not a duration of 1997 years)
@rule year_fiscal_after DATE year
  (?:the|its|their|his|her|our|this|that)\s+(?P<year>{YEAR4})\s+(?:fiscal|calendar|financial|tax|model|school|academic)\s+year(?!s)
# "1998-99", "1998-2000", "the 1998/99 season": each end of a range of years is a year of its own (as in
# "between 1985 and 1987"): the first year here, the second in year_range_end
@rule year_range_start DATE year_range
  (?P<first>(?:1[5-9]|20)[0-9]{2})(?P<after>[-/](?P<end>[0-9]{2}(?:[0-9]{2})?))(?![\d%/-])(?![.,]\d)(?!\s*(?:percent|%))
@rule year_range_end DATE year_range
  (?P<skip>(?P<first>(?:1[5-9]|20)[0-9]{2})[-/])(?P<end>[0-9]{2}(?:[0-9]{2})?)(?![\d%/-])(?![.,]\d)(?!\s*(?:percent|%))
@rule year_short DATE year
  (?:(?P<skip>in|since|of|by|until|from|to|through|before|after|fiscal|class\s+of|spring|summer|fall|autumn|winter)\s+)
  (?P<year>'[0-9]{2})(?![\d'])(?!\s*(?:percent|%))
@rule century_s DATE century_s
  (?:the\s+)?(?P<cent>1[0-9]|20)00'?s
# "the 1920s and 30s", "the 50s and 60s": the second decade shares the first one's century
@rule decade DATE decade
  (?P<joined>(?<=[12][0-9]{2}0s\sand\s)|(?<=[12][0-9]{2}0s\sor\s)|(?<=[12][0-9]{2}0s\sto\s)
     |(?<=the\s[1-9]0s\sand\s)|(?<=the\s[1-9]0s\sor\s)|(?<=the\s[1-9]0s\sto\s)|(?<=the\s[1-9]0's\sand\s))(?P<dec3>[0-9])0'?s
  |(?:the\s+)?(?:(?P<cent>1[0-9]|20)?(?P<dec>[0-9])0'?s|'(?P<dec2>[0-9])0'?s
     |(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))
@rule century DATE century
  (?:the\s+)?(?P<ord>{CENT_ORD})[\s-]+century
@rule quarter DATE quarter
  (?:(?:the|this|last|next|the\s+same|the\s+current|the\s+latest)\s+)?
  (?:(?:(?P<year>{YEAR4})(?:'s)?|(?P<relyear>this\s+year|last\s+year|next\s+year)(?:'s)?|fiscal|the\s+fiscal|(?P<yago>year-ago|year-earlier))[\s-]+)?
  (?:(?:flat|strong|weak|fiscal|calendar|disappointing|traditionally\s+\w+)[\s-]+)?
  (?P<ord>{ORD}|final|last)[\s-](?:fiscal[\s-])?quarter(?!s)
  (?:\s+(?:of|in)\s+(?:(?:fiscal\s+)?(?P<year2>{YEAR4})|(?P<relyear2>this|last|next|the)\s+(?:fiscal\s+)?year))?
# "the second and fourth quarters", "the third and fourth quarters of 1989": two quarters, one TIMEX3 each (as
# "between 1985 and 1987"): the first ordinal alone here, the second with the noun in quarter_pair_second
@rule quarter_pair_first DATE quarter
  (?:(?P<skip>the)\s+)?(?P<ord>{ORD})
  (?P<after>\s+(?:and|or|to|through)\s+(?:the\s+)?{ORD}[\s-](?:fiscal[\s-])?quarters(?![\w-])
    (?:\s+(?:of|in)\s+(?:fiscal\s+)?(?P<year2>{YEAR4}))?)
@rule quarter_pair_second DATE quarter
  (?P<skip>{ORD}\s+(?:and|or|to|through)\s+(?:the\s+)?)(?P<ord>{ORD})[\s-](?:fiscal[\s-])?quarters(?![\w-])
  (?:\s+(?:of|in)\s+(?:fiscal\s+)?(?P<year2>{YEAR4}))?
@rule quarter_rel DATE quarter_rel
  (?:(?P<det>the|this|last|next|that|its|a)|(?P<yq>this|last|next)\s+year's)\s+
  (?:(?P<adj>latest|current|previous|past|recent|most\s+recent|year-earlier|year-ago|comparable|same|corresponding
     |just-ended|just\s+ended|prior|preceding|final|fiscal|latest\s+fiscal|comparable\s+year-ago|comparable\s+year-earlier
     |year-earlier\s+fiscal|coming|following)\s+)?
  quarter(?!s)(?!ly)
@rule period_rel DATE quarter_rel
  (?P<det>the|this|that|its)\s+(?P<adj>latest|comparable|year-earlier|year-ago|same|recent|most\s+recent|corresponding)\s+period
@rule quarter_abbr DATE quarter_abbr
  (?-i:(?P<q>Q[1-4]|[1-4]Q)|(?P<h>H[12]|[12]H)(?!\s*N\d))(?:\s+|-|/)?(?P<year>(?:19|20)\d\d|'\d\d|\d\d)?(?=[\s,.;:)]|$)
# "the first half of August / of the game / of the 20th century / of that money": a half of something else, no
# half of the DCT's year (round 24); "the first half of 2009", "of this (fiscal) year" stay
@rule half DATE half
  (?:(?:the|this|last|next|its)\s+)?(?:(?P<year>{YEAR4})(?:'s)?\s+)?(?P<ord>first|second|1st|2nd|latter|back)[\s-]half
  (?:\s+of\s+(?:(?:fiscal\s+)?(?P<year2>{YEAR4})|(?P<rel>this|last|next|the)\s+(?:fiscal\s+)?year)|(?!\s+of\b))
# "in late autumn and winter": the second season shares the first one's preposition
@rule season DATE season
  (?:(?P<skip>in|into|during|since|until|by|through|over|for|from)\s+
     |(?P<joined>(?<=spring\sand\s)|(?<=summer\sand\s)|(?<=autumn\sand\s)|(?<=winter\sand\s)|(?<=fall\sand\s)
        |(?<=spring\sor\s)|(?<=summer\sor\s)|(?<=autumn\sor\s)|(?<=winter\sor\s)|(?<=fall\sor\s)))?
  (?:(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+coming|the|that)\s+)?
  (?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR})|\s+of\s+(?P<relyear>this|last|next)\s+year(?![\w'\u2019-]))?
# ("the last week of June" is no "last week": "the last week of" is an END modifier of the month or year after it)
@rule relunit DATE relunit
  (?P<rel>this\s+past|this\s+coming|this|last|next|the\s+(?:past|coming|current|latest|last|next)|current|coming|past
     |previous|the)\s+
  (?:(?P<fiscal>fiscal|calendar|school|academic|financial|full|holiday|long\s+holiday)\s+)?(?P<unit>year|month|week|weekend|decade|century)(?![\s-]?(?:ago|earlier|later|long|old))
  (?!(?<=last\sweek)\s+of\s+(?:{MONTH}|{YEAR4}))
@rule this_time DATE dayref
  (?P<day>(?<!USA\s)(?<!USA\s\s)today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)
  (?:(?:'s)?\s+(?P<pod>{POD}))?
@rule pod TIME pod
  (?P<rel>this|last|yesterday|tomorrow|that|tonight|the\s+next|the\s+following|the\s+previous|the\s+same)\s+
  (?P<pod>morning|afternoon|evening|night)|(?P<pod2>overnight)
# "in afternoon trading", "in late morning trade": the trading session of the day told about (or the DCT)
@rule pod_trading TIME pod
  (?P<rel>(?!x)x)?(?P<pod2>(?!x)x)?
  (?:(?P<skip>in|during|by)\s+)(?P<session>(?:early\s+|late\s+|mid-?)?)(?P<pod>morning|afternoon|evening)(?=\s+(?:trading|trade|deals|dealings)\b)
@rule pod_bare TIME pod
  (?P<rel>(?!x)x)?(?P<pod2>(?!x)x)?
  (?:(?P<skip>in|during|by|early\s+in|late\s+in|later\s+in|earlier\s+in)\s+)(?P<the>the)\s+(?P<pod>morning|afternoon|evening)
  (?!\s+(?:of|news|paper|edition|session|show|rush|star|post|herald|sun|prayers?)\b)
# "the last Tuesday of the month" (normally), "the first Monday in October": a weekday counted in a month
@rule ordinal_weekday DATE ordinal_weekday
  (?:the\s+)?(?P<ord>first|second|third|fourth|last)\s+(?P<weekday>{WEEKDAY})\s+(?:of|in)\s+
  (?:(?P<every>the\s+month|each\s+month|every\s+month)|(?P<month>{MONTH_FULL})(?:,?\s+(?P<year>{YEAR4}))?)
# ("that Friday's debate go ahead", "hope that Wednesday's procedure would succeed": a conjunction, not "that Friday")
@rule weekday DATE weekday
  (?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|the\s+previous|the\s+following
     |that(?!\s+{WEEKDAY}['\u2019]s\b)|the\s+same)\s+)?
  (?P<weekday>{WEEKDAY})(?!s\b)(?:\s+(?P<pod>{POD}))?
# a quotation opening right after "after"/"before" is its object, not the end of an adverb ("should have been refiled
# 15 days after "significant change"": a duration before an event, not a date 15 days after the DCT)
@fragment OPEN_QUOTE
  ["'`\u201c\u2018]\w
# ("a year ago today", "a week from today": that very day; "25 years ago this month": that month)
@rule ago DATE ago
  (?P<num>{NUM}|{VAGUE})(?:\s+|-)(?:more\s+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+
  (?:(?P<dir>ago|from\s+now|hence|from(?=\s+today\b))(?P<today>\s+(?:today|this\s+(?P<this>week|month))(?!'s))?
    |(?P<dir2>earlier|later|before(?!\s+(?:and|or)\s+after\b)(?!\s*{OPEN_QUOTE})|after(?!\s*{OPEN_QUOTE})|back|previously)
     (?=\s*(?:[,.;:)!?'"]|$|and\b|when\b|in\b|on\b|at\b|that\b|to\b|as\b|because\b|while\b|but\b|with\b
              |of\s+(?:[$#\u00a3]|\d|about\b|nearly\b)))
    |(?P<dir3>earlier|later)(?=\s+(?:he|she|they|it|we|i|you|his|her|their|its|there|the|would|could|had|was|were)\b))
@rule anchored DATE anchored
  (?:the|that)\s+(?P<rel>next|following|previous|preceding|same|prior|subsequent)\s+(?P<unit>day|week|month|year|quarter|weekend)
  |(?P<that>that)\s+(?P<unit2>day|week|month|year|quarter|weekend)
  |the\s+(?P<unit3>day|week|month|year)\s+(?P<dir>before|after)(?=\s*[,.;:)])
# "later in the day", "earlier in the week", "later in the month": the day (week, month, year) told about
@rule the_day DATE the_day
  (?:(?P<skip>(?:later|earlier|early|late)\s+in)\s+)the\s+(?P<unit>day|week|month|year)
    (?!\s+(?:before|after|of|when)\b)(?![\s-]+(?:care|job|trip|trader))
@rule year_ago_adj DATE year_ago_adj
  the\s+(?:comparable\s+|same\s+|corresponding\s+)?(?:year-earlier|year-ago|year\s+earlier|prior-year|year-before)
     \s+(?P<what>period|quarter|{ORD}\s+quarter|month)
  |(?:year-earlier|year-ago|prior-year|year-before)
  |the\s+(?:same\s+|comparable\s+|corresponding\s+)?(?P<what2>quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)
@rule year_period DATE year_period
  the\s+(?P<year>{YEAR4})\s+(?:(?P<period>period|quarter)|(?P<ord>{ORD})\s+quarter)
@rule year_end DATE year_end
  (?:(?P<rel>this|last|next)\s+)?year(?:[\s-]|'s\s+)end
# "Easter week", "Christmas week": the (ISO) week the holiday falls in
@rule holiday DATE holiday
  (?:(?P<rel>last|next|this)\s+)?(?P<name>
   (?-i:Christmas(?:\s+Day|\s+Eve)?|New\s+Year(?:'?s)?(?:\s+Day|\s+Eve)?|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July
   |Halloween|Valentine'?s\s+Day|Veterans'?\s+Day|Boxing\s+Day|Thanksgiving(?:\s+Day)?|Labou?r\s+Day|Memorial\s+Day
   |Election\s+Day|Easter(?:\s+Sunday)?|Good\s+Friday|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents'?\s+Day
   |Black\s+Friday|Cyber\s+Monday|Ash\s+Wednesday|Palm\s+Sunday|Mother'?s\s+Day|Father'?s\s+Day|Columbus\s+Day|Bastille\s+Day|Remembrance\s+Day|Armistice\s+Day
   |May\s+Day|St\.?\s+Patrick'?s\s+Day|Canada\s+Day|Australia\s+Day|Flag\s+Day|Groundhog\s+Day))
  (?:(?P<weekend>(?:'s)?\s+(?:holiday\s+)?weekend)|(?P<week>\s+week)(?![\w-]))?(?:,?\s+(?P<year>{YEAR4}))?
# the day of the 2001 attacks named by its date alone: "the Sept. 11 attacks", "the attacks of September 11th", "the
# 11 September terror attacks", "the Sept. 11 Victim Compensation Fund" (a date with its year is a plain date)
@rule attack_day DATE const:2001-09-11
  (?:(?P<skip>attacks?\s+(?:of|on)\s+))?
  (?:(?-i:Sept\.?|Sep\.?|September|SEPTEMBER)\s+11(?:th)?|11(?:th)?\s+(?-i:September|Sept\.?))(?![\d-])
  (?(skip)(?![,\s]*(?:{YEAR4}|\d))|(?P<after>\s+(?:terrorist|terror|attacks?|hijackings?|hijackers?|victims?|Victims?
     |[Cc]ommission|[Mm]emorial|Fund|fund|bombers?|plot|plotters|strikes|atrocities|atrocity)\b))
@rule lifetime DATE ref_word
  (?P<word>the\s+(?:near|distant|foreseeable|immediate)\s+future(?!\s+of\b)|the\s+(?:recent\s+|distant\s+)?past(?!\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|generations?)\b)
   |the\s+(?:near|short|long|medium)\s+term|now|currently|presently|at\s+present|nowadays|these\s+days
   |at\s+the\s+moment|for\s+the\s+moment|at\s+the\s+minute(?=\s*(?:[,.;:!?)"']|$))|recently|lately|more\s+recently|most\s+recently|in\s+recent\s+times
   |(?<=to\s)this\s+day(?!\s+(?:of|on|and)\b)|the\s+other\s+day(?!\s+(?:of|and|or)\b)
   |(?<!as\s)soon(?!\s+(?:as|after|afterwards?|before|thereafter)\b)|as\s+soon\s+as\s+possible|shortly(?!\s+(?:before|after|thereafter)))
# a bare "the future" is a time only as an adverbial ("in the future"), not as a noun ("the future looks bleak")
@rule future_adverbial DATE ref_word
  (?P<skip>in|into|for|toward|towards|until|beyond)\s+(?P<word>the\s+future)(?!\s+of\b)
# "Islam will one day be the second largest religion": after a modal, "one day" is "someday", an indefinite
# future (FUTURE_REF), not a duration of one day
@rule someday_modal DATE const:FUTURE_REF
  (?P<skip>(?:will|would|could|may|might|can|shall|should|must)(?:\s+(?:also|still|even|perhaps|surely))?
    |(?:hopes?|hoped|hoping|dreams?|dreamed|dreaming|dreamt|believes?|believed|predicts?|predicted|pray|prays|prayed)
     (?:\s+that)?)
  \s+one\s+day(?!\s+(?:a|an|per|each|every|of|later|earlier|before|after|ago|or|and|to)\b)
@rule current_adj DATE ref_word
  (?P<word>(?:then[\s-])?current)
  (?=\s+(?!account|accounts|assets|liabilities|affairs|events|ratio|yield|dollars|prices|coupon|issue|issues|and\b|or\b
      |that\b|which\b|on\b|with\b|flows?\b|flowing\b|carries\b|carried\b|runs\b|of\b|from\b|along\b|off\b|near\b)[a-z])

# ---------------------------------------------------------------------------------- times
# a clock time and the day it is on form one TIME ("5 p.m. EST, Nov. 6"; British order: "At 12:03 22nd Jun 2010",
# "at 5:56 pm on 05 May 2009"; datelines: "Tue Jun 15, 2010 4:39 pm EDT", "Tuesday 5 July 2005 00.34 BST")
@rule time_then_day TIME time_day
  (?P<clock>{TIME_OF_DAY}),?\s+(?:on\s+)?(?:(?P<weekday>{WEEKDAY})
       (?:,?\s+(?:(?P<month>{MONTH})\s+(?P<day>{DAY})|(?P<day4>{DAY})\s+(?:of\s+)?(?P<month4>{MONTH}))(?:,?\s+(?P<year4>{YEAR4}))?)?
     |(?P<month2>{MONTH})\s+(?P<day2>{DAY})(?:,?\s+(?P<year>{YEAR4}))?
     |(?P<dayref>today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))
     |(?P<day3>{DAY})\s+(?:of\s+)?(?P<month3>{MONTH})(?:,?\s+(?P<year3>{YEAR4}))?)
@rule day_then_time TIME day_time
  (?:(?P<weekday>{WEEKDAY})|(?P<dayref>today|yesterday|tomorrow))(?:,?\s+at|,)?\s+(?P<clock>{DAY_CLOCK})
# ...also with its weekday and in a web page's dateline: "Wednesday, Oct. 15 at 11 a.m. ET", "Wednesday, July 21,
# 2010; 6:43 PM"
@rule date_then_time TIME day_time
  (?:(?P<weekday>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})
  (?:,?\s+(?P<year>{YEAR4})(?:,?\s+at|[,;]|\s+-)?|,?\s+at|,)\s+(?P<clock>{DAY_CLOCK})
@rule date_then_time_dm TIME day_time
  (?:(?P<weekday>{WEEKDAY}),?\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})
  (?:,?\s+(?P<year>{YEAR4})(?:,?\s+at|[,;]|\s+-)?|,?\s+at|,)\s+(?P<clock>{DAY_CLOCK})
# "11:45 the next morning", "at 6 that evening": the clock time on the day after (or of) the one told about
@rule clock_rel_day TIME clock_rel_day
  (?P<clock>{TIME_OF_DAY})\s+(?P<rel>the\s+(?:next|following|previous|same)|that)\s+(?P<pod>morning|afternoon|evening|night|day)\b
@rule clock TIME clock
  (?P<clock>{TIME_OF_DAY})
# ...also before the same time in another zone: "the speech, at 2000 (0000 GMT)", local time
@rule military_time TIME military_time
  (?P<h>[01][0-9]|2[0-3])(?P<mi>[0-5][0-9])(?:\s+(?:hours\s+)?(?:(?P<tz>{TZ})|local\s+time)
    |(?=\s*\((?:[01][0-9]|2[0-3])[0-5][0-9]\s+{TZ}\)))
@rule race_time DURATION race_time
  (?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.\d+)?

# ---------------------------------------------------------------------------------- durations
@rule duration DURATION duration
  (?:(?P<pre>the\s+(?:first|last|past|next|previous|coming|following|latest|final|remaining|other|same|initial|entire|whole|full)
      |the\s+(?:year-earlier|year-ago|prior-year|comparable|corresponding)
      |the|a\s+further|another|an\s+additional|an\s+extra|each\s+of\s+the\s+(?:past|last|next))\s+)?
  (?P<num>{NUM}|{VAGUE})(?:\s+(?:to|or|and)\s+(?P<num2>{NUM}))?(?:\s+|-)
  (?:(?P<adj>full|long|straight|consecutive|more|trading|business|calendar|working|fiscal|whole|short|additional|extra)[\s-]+)?
  (?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?P<long>[\s-]long)?
# "the minute-long quake", "their week-long strike": one of the unit, as "a year-long inquiry" (the determiner is the
# noun's)
@rule duration_unit_long DURATION duration
  (?P<pre>(?!x)x)?(?P<num>(?!x)x)?(?P<num2>(?!x)x)?(?P<adj>(?!x)x)?(?P<half>(?!x)x)?
  (?:(?P<skip>the|this|that|his|her|its|their)\s+)(?P<unit>minute|hour|day|week|month|year|decade)(?P<long>-long)(?![\w-])
# "over the past year and a half", "the next month and a half": one and a half of the unit, counted from the DCT (as
# "the past two and a half years" P2Y6M; not "the past year" plus a stray "a half")
@rule duration_rel_half DURATION duration
  (?P<pre>the\s+(?:past|last|next|coming|previous|following|first|final))\s+(?P<num>(?!x)x)?(?P<num2>(?!x)x)?
  (?P<unit>year|month|week|day|hour|decade|century)(?P<half>\s+and\s+a\s+half)(?![\w-])
# "wait another year", "for another week": one more of the unit (as "an additional year", TimeBank P1Y)
@rule duration_another DURATION duration
  (?P<pre>(?!x)x)?(?P<num2>(?!x)x)?(?P<half>(?!x)x)?
  (?P<num>another)\s+(?:(?P<adj>full|straight|whole|long)\s+)?
  (?P<unit>minute|hour|day|night|week|fortnight|month|year|decade|century)(?![\w-])(?!\s+or\s+(?:so|two)\b)
# a bare plural before "ago/later/earlier/before" (and "hours after": TimeBank dates "days after X" to X's month)
# is the vague amount ("months ago" is DURATION PXM in TimeBank, as
# "A few days later" tags "A few days"): "hours later he was forced to", "just days before his death"
@rule duration_bare_rel DURATION duration_bare
  (?<!the\s)(?<!first\s)(?<!last\s)(?<!early\s)(?<!these\s)(?<!those\s)(?<!of\s)(?<!in\s)(?<![\w-]\s\s)
  (?P<unit>(?<![\w-])(?:hours|days|weeks|months|years|decades))(?:\s+ago|\s+from\s+now|(?P<after>\s+(?:later|earlier|before)|(?<=hours)\s+after))(?![\w-])
# "the months ahead", "in the years ahead": the vague amount still to come (as "the coming months")
@rule duration_ahead DURATION duration_bare
  the\s+(?:(?:hours|days|weeks|months)\s+and\s+)?(?P<unit>hours|days|weeks|months|years|decades)\s+ahead(?![\w-])
# "in the months to come", "the years to come": the same vague stretch ahead (not "for years to come", whose
# "years" is already the bare amount)
@rule duration_to_come DURATION duration_bare
  the\s+(?P<unit>hours|days|weeks|months|years|decades)\s+to\s+come(?![\w-])
# "the product of months of debate", "after weeks of talks", "it will take years of the right action",
# "within minutes of the report's release": a vague amount of time
@rule duration_of DURATION duration_bare
  (?<!the\s)(?<!first\s)(?<!last\s)(?<!final\s)(?<!early\s)(?<!late\s)(?<!small\s)(?<!wee\s)(?<!these\s)(?<!those\s)(?<![\w-]\s\s)
  (?P<unit>(?<![\w-])(?:years|months|weeks|decades|days|hours))(?=\s+of\s+(?!the\b|age\b|his\b|her\b|their\b|its\b|our\b|my\b)[a-z])
@rule duration_verb_of DURATION duration_bare
  (?:(?P<skip>took|take|takes|taking|spent|spend|spends|within)\s+)(?P<unit>years|months|weeks|decades|hours|days|minutes)(?=\s+of\b)
# "a matter of hours"
@rule duration_matter DURATION duration_bare
  a\s+matter\s+of\s+(?P<unit>seconds|minutes|hours|days|weeks|months|years)
# "his first months in office", "the first hundred days": the opening stretch of a term (not "the first days
# after ...", a time TimeBank leaves untagged)
@rule duration_first DURATION duration_first
  (?:(?P<skip>his|her|their|its|my|our|your)\s+first\s+(?:(?P<num>hundred|few|several)\s+)?|the\s+first\s+(?P<num2>hundred)\s+)
  (?P<unit>days|weeks|months|years)(?![\w-])
# "in the first hours of the ground war", "in the early years", "the final days of the campaign": the opening or
# closing stretch of an event or a life, a vague amount (TimeBank "the first hours" PTXH, "the early years" PXY; "in his
# [final days]", "her [last months]": the possessive stays outside, as in "his [first months]" above). Not before a
# date ("the first days of March" is March with START), nor "the first days after ..." (TimeBank leaves it), nor
# "the early hours" (a part of the night: "in the early hours of Thursday morning" tags "Thursday morning")
@rule duration_stretch DURATION duration_bare
  (?:the\s+(?:first|early|opening|final|closing|dying)|(?P<skip>his|her|its|their)\s+(?:early|opening|final|closing|dying|last))
  \s+(?!(?<=early\s)hours)(?P<unit>hours|days|weeks|months|years)(?![\w-])
  (?!\s+(?:after|since|following)\b)
  (?!\s+of\s+(?:the\s+|this\s+|that\s+|next\s+|last\s+)?(?:\d|(?:{MONTH}|{WEEKDAY}|{SEASON}|{SPOKEN_YEAR}|(?:new\s+)?year|month|week|decade|century|quarter)(?![\w-])))
# "live without it for a while", "the first time in a while", "after a little while": an unspecified amount of time
# (TimeBank "a while" DURATION PXX); not "once in a while" (a frequency) nor "a while ago/later" (a point)
@rule a_while DURATION const:PXX
  (?<!once\sin\s)a\s+(?:little\s+|long\s+|good\s+)?while(?![\w-])(?!\s+(?:ago|back|later|earlier|before|after|longer)\b)
# "A generation ago": an unspecified past
@rule generation_ago DATE const:PAST_REF
  (?:a|one|two|three|several|a\s+few)\s+generations?\s+ago
# "after weeks of persistent questions", "after months on the coast": a vague amount of time
@rule duration_after DURATION duration_bare
  (?:(?P<skip>after)\s+)(?P<unit>years|months|weeks|decades|days|hours)(?!\s+(?:ago|old|earlier|later)\b)
@rule duration_bare DURATION duration_bare
  (?:(?P<skip>for|over|over\s+the|within|in|took|take|takes|taking|spent|spend|lasted|last)\s+)(?P<unit>years|months|weeks|decades|hours|days|minutes|centuries)(?!\s+(?:of|ago|old|earlier|later))
@rule duration_recent DURATION duration_bare
  (?:recent|coming|past|the\s+past|the\s+coming|the\s+next|the\s+last)\s+(?P<unit>years|months|weeks|decades|days|hours)
# "In the years that followed" (TimeBank: "years" DURATION PXY), "in the following days", "the ensuing weeks": the
# vague stretch after an event told about
@rule duration_followed DURATION duration_bare
  (?:(?P<skip>the)\s+)(?P<unit>years|months|weeks|decades|days|hours|minutes)(?=\s+(?:that\s+|which\s+)?followed\b)
@rule duration_following DURATION duration_bare
  the\s+(?:following|ensuing|subsequent)\s+(?P<unit>years|months|weeks|decades|days|hours|minutes)(?![\w-])
# "over the past half century" (not "the past" PAST_REF), "the last quarter-century", "the last half hour": the
# fraction of the unit reaching back to (or on from) the DCT, a duration as "the past decade"
@rule duration_fraction_rel DURATION duration_fraction
  the\s+(?:past|last|next|coming|previous|following)\s+(?P<frac>half|quarter)[\s-](?P<unit>century|decade|hour)(?![\w-])
@rule duration_fraction DURATION duration_fraction
  (?P<frac>half\s+an?|a\s+half|a\s+quarter|three[\s-]quarters(?:\s+of\s+an?)?|quarter\s+of\s+an?)\s+(?P<unit>hour|day|year|century|minute|month)

# ---------------------------------------------------------------------------------- sets
@rule set_adverb SET set_adverb
  (?P<word>daily|weekly|monthly|yearly|annually|quarterly|hourly|nightly|biweekly|bimonthly|semiannually|semi-annually|fortnightly)
@rule set_every SET set_every
  (?:(?P<freq>once|twice|three\s+times|four\s+times|several\s+times|\w+\s+times)\s+)?
  (?:every|each(?!\s+other\b))\s+(?:(?P<num>other|{NUM})(?:\s*[-\u2013]\s*\d+|\s+to\s+{NUM})?\s+)?(?P<unit>{UNIT}|{WEEKDAY}|{MONTH_FULL}|{SEASON}|{POD}|season|weekend)
@rule set_freq SET set_every
  (?P<freq>once|twice|three\s+times|four\s+times|several\s+times|\w+\s+times)\s+an?\s+(?P<unit>year|month|week|day|hour|minute)
@rule set_weekday_plural SET set_weekday
  (?P<weekday>{WEEKDAY})s(?!\w)
# "hundreds of interviews a day", "fifty thousand CDs a year": a count of things or events per period recurs
# with it, a SET like "twice a week" (TimeBank tags "a day" SET P1D). Amounts of money and measures per period
# ("$5 a year", "500,000 barrels a day") are rates, and units are durations ("24 hours a day"): not here.
@rule count_per_period SET set_every
  (?P<skip>(?:\d[\d,.]*|{NUM}|(?:dozens|hundreds|thousands|millions)\s+of|many|several)(?:\s+[a-z]+){0,3}?
    \s+(?!{UNIT}\b|{MEASURE_NOUN}\b)[a-z]*[a-rt-z]s)
  \s+(?:a|an|per)\s+(?P<unit>day|week|month|year)(?!\s+(?:ago|earlier|later|before|after|or|and|from|off)\b)

# ---------------------------------------------------------------------------------- modifiers
@mod START DATE TIME
  (?:early|earlier|the\s+(?:beginning|start|early\s+part|first\s+part|dawn|outset)\s+of|(?:the\s+)?beginning\s+of|the\s+first\s+days\s+of
     |the\s+(?:first|opening)\s+(?:full\s+)?week\s+of)
@mod MID DATE TIME
  (?:mid|the\s+middle\s+of|middle\s+of|the\s+mid-?dle\s+part\s+of)
@mod END DATE TIME
  (?:late|later|the\s+(?:end|close|latter\s+part|last\s+part|final\s+days|last\s+days)\s+of|end\s+of|the\s+turn\s+of
     |the\s+(?:last|final|closing)\s+(?:full\s+)?week\s+of)
@mod LESS_THAN DURATION
  (?:nearly|almost)
@mod APPROX DATE TIME DURATION
  (?:about|around|approximately|roughly|some|circa|nearly|almost)
# "over" is "more than" after "for/in/after/of/last/took/just" ("for over a year", "to last over a week",
# "just over an hour later"); "spread over three years", "evolved over several years" name a span
@mod MORE_THAN DURATION
  (?:more\s+than|longer\s+than|well\s+over
     |(?:(?<=for\s)|(?<=in\s)|(?<=after\s)|(?<=of\s)|(?<=to\s)|(?<=^)|(?<=just\s)|(?<=last\s)|(?<=lasts\s)
        |(?<=lasted\s)|(?<=lasting\s)|(?<=took\s)|(?<=take\s)|(?<=takes\s)|(?<=spent\s)|(?<=waited\s))over)
@mod LESS_THAN DURATION
  (?:less\s+than|under|fewer\s+than|not\s+quite)
@mod EQUAL_OR_LESS DURATION
  (?:up\s+to|no\s+more\s+than|at\s+most)
@modonly EQUAL_OR_LESS DURATION
  (?:within)
@mod EQUAL_OR_MORE DURATION
  (?:at\s+least|no\s+less\s+than)
@suffix APPROX DATE DURATION
  \s+or\s+so

# ---------------------------------------------------------------------------------- shifts
# "the day after Labor Day", "the day before Christmas", "the night before the Fourth of July", "the week after
# Christmas", "the Friday after Thanksgiving": one expression with the day told right after it, moved by a day (a part
# of the day is a TIME; a week is the week after/before; a weekday the first one after/before the day). Only a day
# expression is an anchor: "the day after he resigned", "the day after the election on Nov. 4", "the day after
# Tuesday's vote" get nothing from this (lexicon.json `shift_blocking_nouns` after the day: an event named by it).
@shift
  the\s+(?P<unit>day|week|morning|afternoon|evening|night|{WEEKDAY})\s+(?P<dir>after|before)

# ---------------------------------------------------------------------------------- trigger
# Every expression (and blocker) contains one of these; rules only run in windows around them.
# This is only a speed gate: when adding a rule whose matches contain none of these words, add one here.
@trigger
  \d|{MONTH_FULL}|{MONTH_ABBR}|{WEEKDAY}|{UNIT}|{SEASON}|{SPOKEN_YEAR}|weekends?|nights?|tonight|today|yesterday
  |tomorrow|noon|midnight|midday|morning|afternoon|evening|overnight|now|currently|presently|present|nowadays
  |moment|recent\w*|lately|soon|shortly|future|past|term|(?:daily|weekly|monthly|yearly|annually|quarterly|hourly
  |nightly|biweekly|bimonthly|semi-?annually|fortnightly)|(?:twen|thir|for|fif|six|seven|eigh|nine)ties|half
  |period|ago|earlier|later|current|a\s+(?:little\s+|long\s+|good\s+)?while|christmas|easter|thanksgiving|halloween|covid|sars|h1n1|o'clock|seasons?
"""
