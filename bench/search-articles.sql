-- Adds :articles generated articles to a PostgreSQL portal database: titles and bodies built from
-- phrases of real Vietnamese government news (so the index sees real syllables, marks and
-- near-homographs such as đường / dương / dưỡng), spread over the categories and over five years;
-- one in twenty a draft. Used by bench/search; run with psql -v articles=100000 -f.
CREATE TEMP TABLE vocabulary AS SELECT
    ARRAY['Tăng cường', 'Đẩy mạnh', 'Triển khai', 'Tổ chức', 'Hội nghị về', 'Kiểm tra', 'Hướng dẫn', 'Tổng kết',
          'Sơ kết', 'Nâng cao hiệu quả', 'Tuyên truyền', 'Thúc đẩy', 'Rà soát', 'Góp ý', 'Ban hành kế hoạch',
          'Tập huấn', 'Hội thảo về', 'Làm việc về', 'Đánh giá', 'Phổ biến'] AS actions,
    ARRAY['công tác cải cách hành chính', 'hợp tác quốc tế', 'thông tin đối ngoại', 'bảo hộ công dân',
          'xúc tiến đầu tư', 'công tác người Việt Nam ở nước ngoài', 'quản lý lao động nước ngoài',
          'chuyển đổi số', 'phòng chống thiên tai', 'an toàn giao thông đường bộ', 'xây dựng nông thôn mới',
          'y tế và điều dưỡng', 'giáo dục nghề nghiệp', 'biên giới và lãnh thổ', 'công tác lễ tân',
          'tiếp nhận hồ sơ trực tuyến', 'đào tạo nguồn nhân lực', 'du lịch biển Thái Bình Dương',
          'phát triển hạ tầng đường sắt', 'bảo vệ môi trường', 'công tác thi đua khen thưởng',
          'phòng chống tham nhũng', 'công khai ngân sách', 'dịch vụ công một cửa'] AS topics,
    ARRAY['trên địa bàn tỉnh', 'tại thành phố Biên Hòa', 'với tỉnh Chungcheongnam, Hàn Quốc', 'tại huyện Nhơn Trạch',
          'tại các khu công nghiệp', 'với các tỉnh Nam Lào', 'tại Thành phố Hồ Chí Minh', 'với Đại sứ quán Nhật Bản',
          'tại huyện Long Thành', 'cho cán bộ, công chức', 'tại thị xã Long Khánh', 'với tỉnh Gyeonggi',
          'ở cấp xã', 'tại Sở Ngoại vụ', 'với Tổng Lãnh sự quán Hoa Kỳ'] AS places,
    ARRAY['năm 2022', 'năm 2023', 'năm 2024', 'năm 2025', 'năm 2026', 'quý I', 'quý II', 'quý III', 'quý IV',
          '6 tháng đầu năm', 'giai đoạn 2021 - 2025', 'giai đoạn 2026 - 2030'] AS times,
    ARRAY['Sở Ngoại vụ', 'Ủy ban nhân dân tỉnh', 'Đoàn công tác', 'Các sở, ban, ngành', 'Lãnh đạo tỉnh',
          'Người dân và doanh nghiệp', 'Ban Chỉ đạo', 'Phòng Hợp tác quốc tế', 'Hội đồng nhân dân tỉnh',
          'Văn phòng Sở', 'Các địa phương', 'Đại biểu tham dự'] AS subjects,
    ARRAY['đã tổ chức', 'tiếp tục triển khai', 'đề nghị tăng cường', 'thống nhất', 'báo cáo kết quả',
          'chú trọng', 'nhấn mạnh vai trò của', 'đánh giá cao', 'thảo luận về', 'kiến nghị', 'quán triệt',
          'phối hợp thực hiện', 'giải quyết vấn đề', 'hoàn thành'] AS verbs,
    ARRAY['theo đúng quy định.', 'một cách hiệu quả.', 'trong thời gian tới.', 'nhằm phục vụ người dân tốt hơn.',
          'đạt nhiều kết quả tích cực.', 'với tinh thần trách nhiệm cao.', 'theo kế hoạch đã đề ra.',
          'và đề xuất giải pháp cụ thể.', 'góp phần phát triển kinh tế - xã hội.', 'bảo đảm tiến độ.'] AS endings;

INSERT INTO article (title, slug, lead_text, body, author, category_id, featured, status, published_at,
                     created_at, updated_at, version, owner)
SELECT t.title, 'bai-sinh-' || g, t.lead, t.body, 'Phòng Thông tin đối ngoại',
       (SELECT id FROM category ORDER BY id LIMIT 1 OFFSET (g % (SELECT COUNT(*) FROM category))),
       false,
       CASE WHEN g % 20 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END,
       CASE WHEN g % 20 = 0 THEN NULL ELSE t.at END,
       t.at, t.at, 0, 'admin'
FROM generate_series(1, :articles) AS g,
LATERAL (
    SELECT v.actions[1 + floor(random() * array_length(v.actions, 1))::int + 0 * g] || ' '
               || v.topics[1 + floor(random() * array_length(v.topics, 1))::int] || ' '
               || v.places[1 + floor(random() * array_length(v.places, 1))::int] || ' '
               || v.times[1 + floor(random() * array_length(v.times, 1))::int] AS title,
           v.subjects[1 + floor(random() * array_length(v.subjects, 1))::int + 0 * g] || ' '
               || v.verbs[1 + floor(random() * array_length(v.verbs, 1))::int] || ' '
               || v.topics[1 + floor(random() * array_length(v.topics, 1))::int] || ' '
               || v.endings[1 + floor(random() * array_length(v.endings, 1))::int] AS lead,
           (SELECT string_agg('<p>' || paragraph || '</p>', '')
            FROM (SELECT p, string_agg(v.subjects[1 + floor(random() * array_length(v.subjects, 1))::int + 0 * s] || ' '
                         || v.verbs[1 + floor(random() * array_length(v.verbs, 1))::int] || ' '
                         || v.topics[1 + floor(random() * array_length(v.topics, 1))::int] || ' '
                         || v.places[1 + floor(random() * array_length(v.places, 1))::int] || ' '
                         || v.times[1 + floor(random() * array_length(v.times, 1))::int] || ' '
                         || v.endings[1 + floor(random() * array_length(v.endings, 1))::int], ' ') AS paragraph
                  FROM generate_series(1, 3 + g % 3) AS p, generate_series(1, 4 + g % 4) AS s
                  GROUP BY p) AS paragraphs) AS body,
           now() - make_interval(secs => random() * 5 * 365 * 86400 + 0 * g) AS at
    FROM vocabulary v
) AS t;
ANALYZE article;
