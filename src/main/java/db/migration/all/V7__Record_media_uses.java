package db.migration.all;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.govportal.media.MediaUses;

/** Records which stored files the articles and notices already there use (see V6). */
public class V7__Record_media_uses extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        MediaUses.recordAll(context.getConnection());
    }
}
