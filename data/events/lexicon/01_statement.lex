#format entente-lexicon 1
# CAMEO 01 MAKE PUBLIC STATEMENT. PLOVER has no category for these; they are
# written in the CAMEO-style outputs and carry an empty "plover" in JSONL.
011 decline_comment|decline_to_comment|refuse_comment notarget
011 decline|refuse inf=comment|speak|elaborate|discuss notarget
012 warn|caution that notarget
012 express/v obj=concern|pessimism|doubt|worry|fear|alarm|dismay|skepticism|scepticism
012 voice|raise obj=concern|concerns|doubt|doubts|fear|fears|worry|worries|alarm|skepticism|scepticism
012 fear|doubt|worry that
013 express|voice obj=optimism|hope|hopes|confidence|satisfaction
013 welcome|hail|applaud obj=progress|outcome|result|results|agreement|decision|move|step|development
013 hope|expect that
014 consider|weigh|study|examine|mull|ponder|contemplate|review|evaluate|explore obj=@agreement|option|options|proposal|proposals|request|measure|measures|possibility|idea|step|steps|policy|move
014 consider|weigh|mull|ponder|contemplate inf
015 acknowledge|admit|accept|concede|confess obj=@responsibility|mistake|mistakes|error|errors|failure|fault|role|wrongdoing|guilt
015 take obj=@responsibility for
015 claim obj=@responsibility
016 deny|reject|disclaim obj=@responsibility|involvement|role|charge|charges|allegation|allegations|accusation|accusations|claim|claims|report|reports|wrongdoing|guilt|link|links|part
016 deny obj that
016 deny that
016 deny notarget
017 express obj=sympathy|solidarity|support
017 sympathize|sympathise|empathize with
018 express|offer|send|extend|convey obj=condolence|condolences|sympathy|sympathies|grief|sorrow
018 condole|mourn|grieve
018 condolence/n|condolences/n
018 offer obj=@person condolence|condolences
019 lay obj=wreath|wreaths|flowers
019 observe|hold obj=minute|silence|vigil|ceremony|memorial
019 commemorate|honor|honour|celebrate obj
019 plant obj=tree
010 comment|remark on
010 speak about|on
010 brief|address obj
