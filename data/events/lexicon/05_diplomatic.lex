#format entente-lexicon 1
# CAMEO 05 ENGAGE IN DIPLOMATIC COOPERATION (PLOVER SUPPORT).
050 cooperate|collaborate|coordinate|partner|ally|side|align|team_up with
050 establish|forge|build|strengthen|deepen|improve|boost|expand|enhance|upgrade|cement|restore|normalize|normalise|resume|rebuild|mend|repair|revive|bolster|reinforce obj=@relations|@cooperation|trust|confidence|friendship|bond|bonds
050 rebuild|restore|regain|build|strengthen obj=trust|confidence with
050 normalize|normalise obj
050 join obj=alliance|coalition|bloc|union|organization|organisation|group|club|pact
050 support|back|endorse|stand_by|stand_with obj
050 express|voice|reaffirm|pledge|declare|show|demonstrate|offer obj=support|solidarity|backing for
050 solidarity/n|support/n for|with
050 rapprochement/n|reconciliation/n with|between
050 reconcile with
050 side_with|stand_by|stand_behind|stand_with|rally_behind|throw_support
051 praise|commend|laud|hail|applaud|salute|congratulate|compliment|thank|welcome|lionize|extol|acclaim|celebrate|honor|honour obj
051 praise|commend|laud|hail|applaud|welcome obj for
051 endorse|approve|support|back|welcome obj=@agreement|decision|move|plan|policy|proposal|initiative|effort|efforts|step|steps|election|candidate|candidacy|bid|commitment|pledge|announcement
051 pay obj=tribute|homage to
051 praise/n|tribute/n|congratulations/n for|to
051 congratulate obj on
051 express obj=gratitude|appreciation|thanks to
052 defend|justify|uphold|champion obj
052 defend|justify obj=right|decision|policy|action|actions|move|record|position|stance
052 speak_up for
052 stand_up for
052 come_to obj=defence|defense
053 rally|mobilize|mobilise|drum_up|garner|muster|enlist|gather|seek|build|win obj=support|backing|votes|allies|coalition for|behind
053 rally_support|lobby for
053 campaign|lobby for|on_behalf_of
054 recognize|recognise|acknowledge obj
054 recognize|recognise obj=independence|sovereignty|government|state|statehood|regime
054 extend|grant|accord obj=recognition to
054 establish|open|restore|resume obj=@relations|diplomatic_relations|diplomatic_ties|embassy|embassies|consulate
054 recognition/n of
055 apologize|apologise|express_regret|say_sorry to|for
055 apologize|apologise notarget
055 offer|issue|make|tender obj=apology|apologies
055 express obj=regret|remorse
055 apology/n to|for
056 forgive|pardon|absolve|excuse obj
056 forgive obj=debt|debts
057 sign|conclude|ink|seal|finalize|finalise|ratify|initial obj=@agreement|free-trade_agreement
057 sign|ink|seal|conclude obj=@agreement with
057 sign notarget
057 reach|strike|clinch|hammer_out|broker|secure|forge obj=@agreement|compromise
057 reach|strike|clinch obj=@agreement with
057 agree_on|agree_upon obj=@agreement
057 signing/n|ratification/n of
057 enter_into obj=@agreement
