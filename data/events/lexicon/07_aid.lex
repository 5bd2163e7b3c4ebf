#format entente-lexicon 1
# CAMEO 07 PROVIDE AID (PLOVER AID).
070 aid|assist|help|support|supply|fund|finance|bankroll|subsidize|subsidise|sponsor|equip|resupply obj
070 provide|give|send|deliver|donate|grant|extend|offer|supply|contribute|allocate|disburse|release|channel|funnel|ship|airlift|fly|truck|dispatch|hand_over|hand obj=@aid to|for
070 provide|give|send|deliver|donate|grant|extend|contribute|disburse|ship|airlift|dispatch obj=@aid
070 provide|give|grant|extend obj obj2=@aid
070 aid/n|assistance/n|help/n|support/n|donation/n|funding/n to|for
070 come_to obj=aid|rescue|assistance of
070 rescue|save|evacuate|free obj=@person|@prisoners|victim|victims|wounded|injured|survivor|survivors|people|civilians
070 rescue|save|evacuate obj
070 evacuate obj from|to
070 airlift obj
071 provide|give|send|grant|extend|offer|lend|loan|donate|disburse|release|transfer|pay|wire obj=@econaid to|for
071 provide|give|grant|extend|lend|loan|disburse|transfer obj=@econaid
071 lend|loan|pay obj obj2
071 forgive|cancel|write_off|write_down|reschedule|restructure obj=debt|debts|loan|loans|obligation|obligations
071 bail_out|bailout obj
071 invest obj=@econaid in
071 loan/n|credit/n|grant/n|bailout/n|debt_relief/n to|for
071 compensate|pay obj
071 pay obj=compensation|reparations|damages|restitution to
072 provide|give|send|supply|deliver|sell|transfer|ship|airlift|arm obj=@weapons to|for
072 provide|give|send|supply|deliver|transfer|ship obj=@weapons
072 arm|equip|rearm obj
072 send|dispatch|deploy|contribute obj=@troops|advisers|advisors|instructors|trainers to
072 arms/n|weapons/n|military_aid/n|military_assistance/n to|for
072 arm_sales/n|weapons_sales/n to
073 provide|give|send|deliver|donate|airlift|ship|distribute|supply|hand_out|hand_over|truck|fly|offer obj=@humaid to|for
073 provide|give|send|deliver|donate|airlift|distribute|ship|hand_over|supply obj=@humaid
073 feed|shelter|house|treat|vaccinate|resettle obj
073 humanitarian_aid/n|relief/n|food_aid/n|emergency_aid/n to|for
073 treat obj=wounded|injured|patient|patients
074 protect|guard|defend|shield|escort obj
074 send|dispatch|deploy|contribute|station obj=@peacekeepers to|in
074 peacekeeping/n in
074 keep obj=peace in
074 provide|offer|extend obj=protection|security|security_guarantee|cover|air_cover|umbrella to|for
074 deploy_in obj=@peacekeepers
074 arrive|deploy|land in subj=@peacekeepers
075 grant|give|offer|provide|extend obj=@asylum to
075 grant|give|offer obj obj2=@asylum
075 shelter|harbor|harbour|take_in|welcome|admit|accept|host|resettle obj=refugee|refugees|asylum_seeker|asylum_seekers|defector|defectors|migrants
075 asylum/n to|for
